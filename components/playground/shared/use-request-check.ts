"use client";

import { useCallback, useState } from "react";
import type { RequestIssue } from "@/lib/playground/validate-request";

/**
 * Validates a request against the model's request_schema before sending. ajv is imported on
 * first use so it stays out of every other page's bundle.
 */
export function useRequestCheck(requestSchema: unknown) {
  const [issues, setIssues] = useState<RequestIssue[]>([]);
  const [skipped, setSkipped] = useState<string | null>(null);

  const check = useCallback(
    async (request: unknown): Promise<boolean> => {
      const { validateRequest } = await import("@/lib/playground/validate-request");
      const result = await validateRequest(requestSchema, request);
      setIssues(result.ok ? [] : result.issues);
      setSkipped(result.ok ? (result.skipped ?? null) : null);
      return result.ok;
    },
    [requestSchema],
  );

  const reset = useCallback(() => setIssues([]), []);
  return { issues, skipped, check, reset };
}
