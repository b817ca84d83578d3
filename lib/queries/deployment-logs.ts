import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeploymentLogPage } from "../egp/local-logs";

/** Lines the browser keeps, as the server does. */
const KEPT = 500;

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
      queryFn: async ({ signal, client }): Promise<DeploymentLogPage> => {
        const held = client.getQueryData<DeploymentLogPage>(queryKey);
        const page = await fetchAfter(modelId, deploymentId, held?.last_seq ?? 0, signal);
        if (!held) return page;
        if (page.epoch !== held.epoch) return fetchAfter(modelId, deploymentId, 0, signal);
        return { ...page, items: [...held.items, ...page.items].slice(-KEPT) };
      },
    });
  },
};
