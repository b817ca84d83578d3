"use client";

import { useMemo } from "react";
import { useQuery, type Query } from "@tanstack/react-query";
import {
  isPlaygroundType,
  PLAYGROUND_PANELS,
  type PlaygroundPanelType,
} from "@/components/playground/registry";
import type { PlaygroundTarget } from "@/components/playground/shared/types";
import { isFinalStatus, type Model, type Page } from "@/lib/egp/types";
import { pollUntilFinal } from "@/lib/polling";
import { modelQueries } from "@/lib/queries/models";

// The API's largest page; a console with more runnable models would page here.
const PARAMS = { limit: 100, sort: "name:asc" } as const;

const pollStatuses = pollUntilFinal((page: Page<Model>) =>
  page.items
    .filter((m) => isPlaygroundType(m.model_type))
    .flatMap((m) => (m.deployments ?? []).map((d) => d.status)),
);

/** pollUntilFinal is typed for `readonly unknown[]` keys; the factory's key is a tuple. */
function refetchInterval<K extends readonly unknown[]>(query: Query<Page<Model>, Error, Page<Model>, K>) {
  // safe because pollUntilFinal reads only query.state and query.queryHash, which do not depend on the key
  return pollStatuses(query as unknown as Parameters<typeof pollStatuses>[0]);
}

/** READY deployments of runnable models, grouped by model type; keeps polling while some are still deploying. */
export function usePlaygroundTargets() {
  const query = useQuery({ ...modelQueries.list(PARAMS), refetchInterval });
  return useMemo(() => {
    const targets: PlaygroundTarget[] = [];
    let deploying = 0;
    for (const model of query.data?.items ?? []) {
      if (!isPlaygroundType(model.model_type)) continue;
      for (const deployment of model.deployments ?? []) {
        if (deployment.status === "READY") targets.push({ model, deployment });
        else if (!isFinalStatus(deployment.status)) deploying++;
      }
    }
    const groups = PLAYGROUND_PANELS.map((panel) => ({
      panel,
      targets: targets.filter((t) => t.model.model_type === (panel.type as PlaygroundPanelType)),
    })).filter((g) => g.targets.length > 0);
    return {
      models: query.data?.items ?? [],
      targets,
      groups,
      deploying,
      isPending: query.isPending,
      error: query.error,
      refetch: query.refetch,
    };
  }, [query.data, query.isPending, query.error, query.refetch]);
}
