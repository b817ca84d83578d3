import type { z } from "zod";
import { BODY_LIMITS, BODY_MAX_DEPTH } from "@/lib/limits";
import { jsonErrorPosition } from "@/lib/limits/json-position";
import { inspectJson } from "@/lib/limits/json-shape";
import { BodyTooLargeError, isJsonContentType, readBodyText } from "@/lib/limits/read-body";
import type { Page, SortKey } from "../domain/page";
import { HttpError, unprocessable, type ValidationIssue } from "./errors";
import { pydanticIssues } from "./pydantic-issues";

export type { Page, SortKey };

/** zod issues in FastAPI's shape: `{loc: ["body", ...path], msg, type}` in pydantic's words. */
export function zodIssuesToDetail(error: z.ZodError, input: unknown, root = "body"): ValidationIssue[] {
  return pydanticIssues(error.issues, input, [root]);
}

/**
 * The JSON body as FastAPI reads it: no content type or a JSON one is parsed; any other content type
 * leaves raw text, which a model then refuses (422 model_attributes_type). Size, nesting, NUL and
 * lone surrogates are refused before any schema runs, since each would otherwise surface as a 500.
 */
export async function readJson(request: Request, limit: number = BODY_LIMITS.json): Promise<unknown> {
  let text: string;
  try {
    text = await readBodyText(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new HttpError(413, error.message);
    throw error;
  }
  if (text.trim() === "") return {};
  const contentType = request.headers.get("content-type");
  if (contentType !== null && !isJsonContentType(contentType))
    throw unprocessable([
      {
        loc: ["body"],
        msg: "Input should be a valid dictionary or object to extract fields from",
        type: "model_attributes_type",
      },
    ]);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw unprocessable([
      { loc: ["body", jsonErrorPosition(text)], msg: "JSON decode error", type: "json_invalid" },
    ]);
  }
  // PostgreSQL text cannot hold NUL, so storing one would fail as a 500.
  if (text.includes("\\u0000") || text.includes("\0"))
    throw unprocessable([
      { loc: ["body"], msg: "Strings cannot contain NUL characters", type: "string_nul" },
    ]);
  const problem = inspectJson(body, { depth: BODY_MAX_DEPTH });
  if (problem)
    throw unprocessable([{ loc: ["body", ...problem.path], msg: problem.msg, type: problem.type }]);
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

export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit: number = BODY_LIMITS.json,
): Promise<z.output<S>> {
  return parseValue(await readJson(request, limit), schema);
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

export function parsePage(query: URLSearchParams): Page {
  return { page: queryInt(query, "page", 1, 1, 1_000_000), limit: queryInt(query, "limit", 100, 1, 10_000) };
}

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
