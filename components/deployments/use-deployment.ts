"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";

import type { Deployment, Page } from "@/lib/egp/types";
import { pollUntilFinal } from "@/lib/polling";
import { deploymentQueries } from "@/lib/queries/deployments";
import { useStatusEvents } from "./use-status-events";

export const pollDeployment = pollUntilFinal<Deployment>((deployment) => [deployment.status]);
export const pollDeploymentPage = pollUntilFinal<Page<Deployment>>((page) => page.items.map((d) => d.status));

/**
 * One deployment, polled while it is not final. Every caller shares the detail query's key, so a
 * page that shows the deployment twice makes one request per tick.
 */
export function useDeployment(modelId: string, deploymentId: string) {
  const query = useSuspenseQuery({
    ...deploymentQueries.detail(modelId, deploymentId),
    refetchInterval: pollDeployment,
  });
  useStatusEvents([query.data], modelId);
  return query;
}

/** A model's deployments, polled as one list request while any of them is not final. */
export function useModelDeployments(modelId: string) {
  const query = useQuery({
    ...deploymentQueries.ofModel(modelId, { limit: 100, sort: "created_at:desc" }),
    refetchInterval: pollDeploymentPage,
  });
  useStatusEvents(query.data?.items, modelId);
  return query;
}
