import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeploymentLogPage } from "../egp/local-logs";

/** Lines the browser keeps, as the server does. */
const KEPT = 500;

/** The lines held, and how many reads in a row brought none (followers back off on it). */
export type DeploymentLogView = DeploymentLogPage & { idleReads: number };

const fetchAfter = (modelId: string, deploymentId: string, after: number, signal: AbortSignal) =>
  fetchJson<DeploymentLogPage>(`${apiPaths.deploymentLogs(modelId, deploymentId)}?after=${after}`, {
    signal,
  });

export const deploymentLogQueries = {
  all: ["deployment-logs"] as const,
  /** Each fetch asks only for lines after the last one held; a restarted server (new epoch) is read whole. */
  detail: (modelId: string, deploymentId: string) => {
    const queryKey = ["deployment-logs", deploymentId] as const;
    return queryOptions({
      queryKey,
      queryFn: async ({ signal, client }): Promise<DeploymentLogView> => {
        const held = client.getQueryData<DeploymentLogView>(queryKey);
        const page = await fetchAfter(modelId, deploymentId, held?.last_seq ?? 0, signal);
        if (!held) return { ...page, idleReads: 0 };
        if (page.epoch !== held.epoch)
          return { ...(await fetchAfter(modelId, deploymentId, 0, signal)), idleReads: 0 };
        return {
          ...page,
          items: [...held.items, ...page.items].slice(-KEPT),
          idleReads: page.items.length ? 0 : held.idleReads + 1,
        };
      },
    });
  },
};

/** While followed: every `min` ms while lines come, doubling up to `max` while none do. */
export const followInterval =
  (min = 1500, max = 5000) =>
  (query: { state: { data?: DeploymentLogView } }): number =>
    Math.min(max, min * 2 ** Math.min(query.state.data?.idleReads ?? 0, 8));
