import "server-only";
import type { z } from "zod";
import { BODY_LIMITS, BODY_MAX_DEPTH, formatBytes } from "../limits";
import { jsonErrorPosition } from "../limits/json-position";
import { inspectJson } from "../limits/json-shape";
import { BodyTooLargeError, isJsonContentType, readBodyText } from "../limits/read-body";
import { ApiError, zodIssuesToDetails } from "./errors";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const JSON_ONLY = "Send the request body as JSON (content-type: application/json).";

/**
 * Header checks for every mutating console route, before any work: a declared body over the
 * largest limit is a 413, and a body of any type but JSON a 415 (a bodiless request sends none).
 */
export function checkBodyHeaders(request: Request): void {
  if (!MUTATING.has(request.method)) return;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > BODY_LIMITS.execute)
    throw new ApiError(
      "payload_too_large",
      `The request body is larger than ${formatBytes(BODY_LIMITS.execute)}.`,
    );
  const type = request.headers.get("content-type");
  if (type !== null && !isJsonContentType(type)) throw new ApiError("unsupported_media_type", JSON_ONLY);
}

async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type")))
    throw new ApiError("unsupported_media_type", JSON_ONLY);
  let text: string;
  try {
    text = await readBodyText(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      throw new ApiError("payload_too_large", `The request body is larger than ${formatBytes(limit)}.`);
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(
      "unprocessable",
      `The request body is not valid JSON (error at character ${jsonErrorPosition(text)}).`,
    );
  }
  const problem = inspectJson(body, { depth: BODY_MAX_DEPTH });
  if (problem)
    throw new ApiError("unprocessable", "Some fields are not valid.", {
      details: [{ path: problem.path, message: problem.msg }],
    });
  return body;
}

/**
 * Parses a JSON body with a zod schema: JSON content type only (415), at most `limit` bytes (413),
 * malformed JSON, deep nesting and field failures 422 with field paths.
 */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit: number = BODY_LIMITS.json,
): Promise<z.infer<S>> {
  const body = await readJsonBody(request, limit);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError("unprocessable", "Some fields are not valid.", {
      details: zodIssuesToDetails(parsed.error.issues),
    });
  }
  return parsed.data;
}

/** Parses URL query parameters (single values) with a zod schema. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    throw new ApiError("unprocessable", "Some query parameters are not valid.", {
      details: zodIssuesToDetails(parsed.error.issues),
    });
  }
  return parsed.data;
}
