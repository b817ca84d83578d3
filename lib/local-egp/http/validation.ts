import type { z } from "zod";
import { HttpError, unprocessable, type ValidationIssue } from "./errors";

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const locPart = (p: PropertyKey) => (typeof p === "number" ? p : String(p));

/** zod issues in FastAPI's shape: `{loc: ["body", ...path], msg, type}`, one per unknown key. */
export function zodIssuesToDetail(error: z.ZodError, input: unknown, root = "body"): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const loc = [root, ...issue.path.map(locPart)];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({ loc: [...loc, key], msg: "Extra inputs are not permitted", type: "extra_forbidden" });
    } else if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined) {
      out.push({ loc, msg: "Field required", type: "missing" });
    } else {
      out.push({ loc, msg: issue.message, type: issue.code });
    }
  }
  return out;
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw unprocessable([{ loc: ["body"], msg: "JSON decode error", type: "json_invalid" }]);
  }
  // PostgreSQL text cannot hold NUL, so storing one would fail as a 500.
  if (text.includes("\\u0000") || text.includes("\0"))
    throw unprocessable([
      { loc: ["body"], msg: "Strings cannot contain NUL characters", type: "string_nul" },
    ]);
  return body;
}

/** Query values end up in SQL parameters too; a NUL there is a 422, not a 500. */
export function rejectNulInQuery(query: URLSearchParams): void {
  for (const [name, value] of query) {
    if (name.includes("\0") || value.includes("\0"))
      throw unprocessable([
        { loc: ["query", name], msg: "Query parameters cannot contain NUL characters", type: "string_nul" },
      ]);
  }
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseValue(await readJson(request), schema);
}

export function parseValue<S extends z.ZodType>(input: unknown, schema: S, root = "body"): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw unprocessable(zodIssuesToDetail(result.error, input, root));
  return result.data;
}

/** Array query params arrive comma-joined (scale_gp) or as repeated keys; accept both. */
export function queryArray(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function queryInt(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new HttpError(422, [
      {
        loc: ["query", name],
        msg: `Input should be an integer between ${min} and ${max}`,
        type: "int_parsing",
      },
    ]);
  }
  return value;
}

export type Page = { page: number; limit: number };
export function parsePage(query: URLSearchParams): Page {
  return { page: queryInt(query, "page", 1, 1, 1_000_000), limit: queryInt(query, "limit", 100, 1, 10_000) };
}

export type SortKey = { field: string; direction: "asc" | "desc" };
export function parseSort(query: URLSearchParams, allowed: readonly string[]): SortKey[] {
  return queryArray(query, "sort_by").map((entry) => {
    const [field, direction = "asc", ...rest] = entry.split(":");
    if (!allowed.includes(field) || rest.length > 0 || (direction !== "asc" && direction !== "desc")) {
      throw new HttpError(422, [
        {
          loc: ["query", "sort_by"],
          msg: `Invalid sort_by entry "${entry}"; use <field>:asc|desc`,
          type: "enum",
        },
      ]);
    }
    return { field, direction };
  });
}

export function queryEnum<T extends string>(query: URLSearchParams, name: string, values: readonly T[]): T[] {
  const items = queryArray(query, name);
  for (const item of items) {
    if (!values.includes(item as T)) {
      throw new HttpError(422, [
        {
          loc: ["query", name],
          msg: `Input should be ${values.map((v) => `'${v}'`).join(" or ")}`,
          type: "enum",
        },
      ]);
    }
  }
  return items as T[];
}
