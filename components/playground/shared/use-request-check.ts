"use client";

import { useCallback, useState } from "react";
import { ApiError } from "@/lib/api/errors";
import { fetchJson } from "@/lib/api/http";
import type { RequestCheck, RequestIssue } from "@/lib/playground/request-issue";

/**
 * Validates a request against the model's request_schema before it goes to the model. The check
 * runs on the console's server (ajv needs eval, which the page CSP forbids); if the check itself
 * cannot run, the run goes ahead and the EGP's own validation answers instead.
 */
export function useRequestCheck(modelId: string) {
  const [issues, setIssues] = useState<RequestIssue[]>([]);
  const [skipped, setSkipped] = useState<string | null>(null);

  const check = useCallback(
    async (request: object): Promise<boolean> => {
      let result: RequestCheck;
      try {
        result = await fetchJson<RequestCheck>("/api/playground/validate", {
          method: "POST",
          json: { modelId, request },
        });
      } catch (error) {
        result = {
          ok: true,
          skipped: error instanceof ApiError ? error.message : "The request could not be checked.",
        };
      }
      setIssues(result.ok ? [] : result.issues);
      setSkipped(result.ok ? (result.skipped ?? null) : null);
      return result.ok;
    },
    [modelId],
  );

  const reset = useCallback(() => setIssues([]), []);
  return { issues, skipped, check, reset };
}
