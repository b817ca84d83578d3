import type { ApiErrorDetail } from "../api/errors";
import { templateRequestSchema, type TemplateRequest } from "../schemas/templates";

/** Keys a template response carries that are not part of a request; an exported response imports fine. */
const RESPONSE_ONLY = ["id", "created_at", "account_id", "created_by_user_id"];

export type TemplateJsonResult =
  { ok: true; request: TemplateRequest } | { ok: false; syntax: string | null; issues: ApiErrorDetail[] };

/** Parses model-template.json text (the CLI's format) with the route's schema. */
export function parseTemplateJson(text: string): TemplateJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, syntax: describeSyntaxError(text, error), issues: [] };
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    data = Object.fromEntries(Object.entries(data).filter(([key]) => !RESPONSE_ONLY.includes(key)));
  }
  const parsed = templateRequestSchema.safeParse(data);
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    syntax: null,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: issue.message,
    })),
  };
}

/** "Unexpected token } in JSON at position 42" → the same with line and column, which people can find. */
function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : "Not valid JSON";
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/\s*\(line \d+ column \d+\)/, "")} (line ${line}, column ${column})`;
}

/** A JSON path such as vendor_configuration.bundle_config.env["MY KEY"] for showing issues. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(template)";
  return path
    .map((part, index) => {
      if (typeof part === "number") return `[${part}]`;
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) return index === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join("");
}
