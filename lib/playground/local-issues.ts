import type { z } from "zod";
import type { RequestIssue } from "./request-issue";

/** The request's problems by the console's own schema, found as the user types, before anything is sent. */
export function localIssues(schema: z.ZodType, request: unknown): RequestIssue[] {
  const parsed = schema.safeParse(request);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: issue.message,
  }));
}
