/** One problem with a request, at a path inside it (e.g. ["chat_history", 2, "content"]). */
export type RequestIssue = { path: (string | number)[]; message: string };
export type RequestCheck = { ok: true; skipped?: string } | { ok: false; issues: RequestIssue[] };

export function describeIssue(issue: RequestIssue): string {
  return `${issue.path.length ? issue.path.join(".") : "request"} ${issue.message}`;
}
