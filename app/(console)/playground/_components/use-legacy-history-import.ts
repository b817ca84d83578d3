"use client";

import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useConsole } from "@/components/shell/role-gate";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { clearHistory, loadHistory } from "@/lib/playground/history";
import { playgroundQueries } from "@/lib/queries/playground";

/**
 * Runs an earlier version kept in this browser move once into the account's saved history, then leave
 * the browser's storage. Viewers cannot save runs, so theirs stay until a member signs in here.
 */
export function useLegacyHistoryImport(userId: string) {
  const { can } = useConsole();
  const queryClient = useQueryClient();
  const allowed = can("models:execute");
  useEffect(() => {
    if (!allowed) return;
    const runs = loadHistory(window.localStorage, userId);
    if (runs.length === 0) return;
    const controller = new AbortController();
    fetchJson(apiPaths.playgroundRuns, {
      method: "POST",
      json: { runs: runs.map(({ id: _id, response: _response, ...run }) => run) },
      signal: controller.signal,
    })
      .then(() => {
        clearHistory(window.localStorage, userId);
        return queryClient.invalidateQueries({ queryKey: playgroundQueries.runLists() });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [allowed, userId, queryClient]);
}
