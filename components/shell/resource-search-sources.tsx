"use client";

import { useEffect } from "react";
import { BoxIcon, LayoutTemplateIcon, RocketIcon, UsersIcon } from "lucide-react";

import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import type { Deployment, Model, ModelGroup, ModelTemplate, Page } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { toSearch } from "@/lib/queries/search";
import { distinguishing, sameNamed, type Dated } from "@/lib/same-name";
import { registerCommandSource, type CommandSearchResult, type CommandSearchSource } from "./command-sources";

const LIMIT = 6;
const search = <T,>(path: string, q: string, signal: AbortSignal) =>
  fetchJson<Page<T>>(`${path}${toSearch({ q, limit: 10, page: 1 })}`, { signal }).then((page) =>
    page.items.slice(0, LIMIT),
  );
const readable = (value: string) => value.toLowerCase().replace(/_/g, " ");

/** Results that share a label say what sets each apart (see lib/same-name); the others are left as they are. */
export function setApart<T extends Dated>(
  items: T[],
  toResult: (item: T) => CommandSearchResult,
  tagOf: (item: T) => string | null | undefined = () => null,
): CommandSearchResult[] {
  const results = new Map(items.map((item) => [item, toResult(item)]));
  const shared = sameNamed(items, (item) => results.get(item)!.label);
  return items.map((item) => {
    const result = results.get(item)!;
    return shared.has(item) ? { ...result, description: distinguishing(item, tagOf(item)) } : result;
  });
}

export const RESOURCE_SEARCH_SOURCES: readonly CommandSearchSource[] = [
  {
    id: "models",
    heading: "Models",
    search: async (q, signal) =>
      setApart(await search<Model>(apiPaths.models, q, signal), (model): CommandSearchResult => ({
        id: model.id,
        label: model.display_name || model.name,
        description:
          model.display_name && model.display_name !== model.name ? model.name : readable(model.model_type),
        href: hrefs.model(model.id),
        icon: BoxIcon,
      })),
  },
  {
    id: "templates",
    heading: "Templates",
    search: async (q, signal) =>
      setApart(
        await search<ModelTemplate>(apiPaths.templates, q, signal),
        (template) => ({
          id: template.id,
          label: template.name,
          description: readable(template.model_type),
          href: hrefs.template(template.id),
          icon: LayoutTemplateIcon,
        }),
        (template) => template.vendor_configuration.bundle_config?.tag,
      ),
  },
  {
    id: "deployments",
    heading: "Deployments",
    search: async (q, signal) =>
      setApart(await search<Deployment>(apiPaths.deployments, q, signal), (deployment) => ({
        id: deployment.id,
        label: deployment.name,
        description: readable(deployment.status),
        href: hrefs.deployment(deployment.model_instance_id ?? "", deployment.id),
        icon: RocketIcon,
      })),
  },
  {
    id: "groups",
    heading: "Groups",
    search: async (q, signal) =>
      setApart(await search<ModelGroup>(apiPaths.groups, q, signal), (group) => ({
        id: group.id,
        label: group.name,
        description: group.description ?? undefined,
        href: hrefs.group(group.id),
        icon: UsersIcon,
      })),
  },
];

// Counted so several mounts (layout and list pages) share one registration and the last unmount removes it.
let mounted = 0;
let unregister: (() => void)[] = [];

/** Lets the ⌘K palette jump to any template, model, deployment or group by name. Renders nothing. */
export function ResourceSearchSources() {
  useEffect(() => {
    mounted += 1;
    if (mounted === 1) unregister = RESOURCE_SEARCH_SOURCES.map((source) => registerCommandSource(source));
    return () => {
      mounted -= 1;
      if (mounted === 0) {
        for (const stop of unregister) stop();
        unregister = [];
      }
    };
  }, []);
  return null;
}
