import { LOG_VALUE_LIMIT } from "./index";

/** Shortens one value for a log line, saying how much was left out. */
export function truncateForLog(text: string, limit: number = LOG_VALUE_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

/**
 * An error as a log line: message and stack with every long line shortened. A failed query's
 * parameters (drizzle puts them in the message) are left out: they hold whole request values,
 * secrets included.
 */
export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return truncateForLog(String(error));
  const query = (error as { query?: unknown }).query;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  const head =
    typeof query === "string"
      ? `Failed query: ${truncateForLog(query)}${cause ? `\ncause: ${truncateForLog(cause)}` : ""}`
      : truncateForLog(error.message);
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return [head, ...frames.slice(0, 15).map((line) => truncateForLog(line))].join("\n");
}
