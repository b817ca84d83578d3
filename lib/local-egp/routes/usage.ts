import "server-only";
import { unprocessable, type ValidationIssue } from "../http/errors";
import type { Route } from "../http/router";
import { rejectNulInQuery } from "../http/validation";
import { withCaller, type Services } from "../services/context";
import { deploymentUsage, groupUsage, modelUsage } from "../services/usage";
import type { UsageRange } from "../store/usage";
import { json } from "./respond";

/** Enough for a year by the hour; a larger count would only build a huge answer. */
const MAX_CHUNKS = 10_000;

// pydantic's datetime: a date, or a date and time with an optional offset; no offset means UTC.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function parseDateTime(raw: string): Date | null {
  const m = DATE_TIME.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone = "Z"] = m;
  const offset = zone.toUpperCase() === "Z" ? "Z" : zone.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${offset}`);
  // Date rolls 2024-02-30 over to March; pydantic refuses it.
  const check = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || check.getUTCDate() !== Number(d)) return null;
  return date;
}

/** start_date, end_date and chunks, all required, refused together as FastAPI does. */
export function parseUsageRange(query: URLSearchParams): UsageRange {
  rejectNulInQuery(query);
  const issues: ValidationIssue[] = [];
  const missing = (name: string) =>
    issues.push({ loc: ["query", name], msg: "Field required", type: "missing" });
  const date = (name: string) => {
    const raw = query.get(name);
    if (raw === null) {
      missing(name);
      return undefined;
    }
    const value = parseDateTime(raw);
    if (!value)
      issues.push({
        loc: ["query", name],
        msg: "Input should be a valid datetime",
        type: "datetime_parsing",
      });
    return value ?? undefined;
  };
  const start = date("start_date");
  const end = date("end_date");
  const rawChunks = query.get("chunks");
  let chunks: number | undefined;
  if (rawChunks === null) missing("chunks");
  else if (!/^[+-]?\d+$/.test(rawChunks.trim()))
    issues.push({
      loc: ["query", "chunks"],
      msg: "Input should be a valid integer, unable to parse string as an integer",
      type: "int_parsing",
    });
  else {
    chunks = Number(rawChunks);
    if (chunks < 1 || chunks > MAX_CHUNKS) {
      issues.push({
        loc: ["query", "chunks"],
        msg: `Input should be an integer between 1 and ${MAX_CHUNKS}`,
        type: "value_error",
      });
      chunks = undefined;
    }
  }
  if (start && end && end.getTime() <= start.getTime())
    issues.push({
      loc: ["query", "end_date"],
      msg: "end_date must be after start_date",
      type: "value_error",
    });
  if (issues.length || !start || !end || chunks === undefined) throw unprocessable(issues);
  return { start, end, chunks };
}

export function usageRoutes(s: Services): Route[] {
  const route = (base: string, param: string, verb: typeof modelUsage): Route => ({
    method: "GET",
    pattern: `/{version:v3|v4}/${base}/{${param}}/usage-statistics`,
    needs: "read",
    handler: async (req) => {
      const range = parseUsageRange(req.query);
      return json(await verb(withCaller(s, req.auth), req.params[param], range));
    },
  });
  return [
    route("models", "model_name", modelUsage),
    route("model-deployments", "model_deployment_id", deploymentUsage),
    route("model-groups", "model_group_id", groupUsage),
  ];
}
