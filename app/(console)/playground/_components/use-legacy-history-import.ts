"use client";

import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useConsole } from "@/components/shell/role-gate";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { playgroundQueries } from "@/lib/queries/playground";

/** Where an earlier version kept a user's runs in this browser. */
const historyKey = (userId: string) => `egp-console:playground-history:${userId}`;

/**
 * Runs an earlier version kept in this browser move once into the account's saved history, then leave
 * the browser's storage. Viewers cannot save runs, so theirs stay until a member signs in here.
 */
export function useLegacyHistoryImport(userId: string) {
  const { can } = useConsole();
  const queryClient = useQueryClient();
  const allowed = can("models:execute");
  useEffect(() => {
    if (!allowed || !window.localStorage.getItem(historyKey(userId))) return;
    const controller = new AbortController();
    // The old history's reader (and its schema) loads only when there is something to move.
    void import("@/lib/playground/history")
      .then(async ({ clearHistory, loadHistory }) => {
        const runs = loadHistory(window.localStorage, userId);
        if (runs.length > 0) {
          await fetchJson(apiPaths.playgroundRuns, {
            method: "POST",
            json: { runs: runs.map(({ id: _id, response: _response, ...run }) => run) },
            signal: controller.signal,
          });
        }
        clearHistory(window.localStorage, userId);
        await queryClient.invalidateQueries({ queryKey: playgroundQueries.runLists() });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [allowed, userId, queryClient]);
}
