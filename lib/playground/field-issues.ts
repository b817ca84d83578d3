import type { ApiError } from "../api/errors";
import { describeIssue, type RequestIssue } from "./request-issue";

/**
 * All problems with a request, from the pre-send schema check and from the server's `details`
 * (whose paths start with "request" when our route rejected the body), keyed to request paths.
 */
export function requestIssues(local: readonly RequestIssue[], error: ApiError | null): RequestIssue[] {
  const server = (error?.details ?? []).map((d) => ({
    path: d.path[0] === "request" ? d.path.slice(1) : d.path,
    message: d.message,
  }));
  return [...local, ...server];
}

/** The first message for a field, as a sentence, e.g. `fieldMessage(issues, "temperature")` or `("texts", 2)`. */
export function fieldMessage(
  issues: readonly RequestIssue[],
  ...path: (string | number)[]
): string | undefined {
  const issue = issues.find((i) => path.every((part, at) => i.path[at] === part));
  return issue && describeIssue(issue);
}
