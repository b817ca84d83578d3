import "server-only";
import type { ValidateFunction } from "ajv";

import type { RequestCheck } from "./request-issue";
import { schemaIssues } from "./schema-issues";

export type { RequestCheck, RequestIssue } from "./request-issue";
export { describeIssue } from "./request-issue";

// Keyed by the schema's text: every model of a type shares one schema, and models are refetched per check.
const compiled = new Map<string, ValidateFunction>();
const CACHE_LIMIT = 64;

/**
 * Checks a request against a model's `request_schema` before it is sent, like the CLI's
 * `model validate-request`. Runs on the server: ajv compiles schemas with `new Function`, which the
 * pages' CSP (no 'unsafe-eval') forbids in the browser, and it keeps ajv out of every bundle.
 */
export async function validateRequest(schema: unknown, request: unknown): Promise<RequestCheck> {
  if (!schema || typeof schema !== "object" || Object.keys(schema).length === 0) {
    return { ok: true, skipped: "The model publishes no request schema." };
  }
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    try {
      validate = await compile(schema as Record<string, unknown>);
    } catch (error) {
      return {
        ok: true,
        skipped: `The model's request schema could not be compiled: ${(error as Error).message}`,
      };
    }
    if (compiled.size >= CACHE_LIMIT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  if (validate(request)) return { ok: true };
  return { ok: false, issues: schemaIssues(validate.errors ?? []) };
}

async function compile(schema: Record<string, unknown>): Promise<ValidateFunction> {
  const dialect = typeof schema.$schema === "string" ? schema.$schema : "";
  // verbose: errors carry their schema, so a bound error can name both bounds.
  const options = { allErrors: true, strict: false, validateFormats: false, verbose: true } as const;
  if (dialect.includes("2020-12") || dialect.includes("2019-09")) {
    const { default: Ajv2020 } = await import("ajv/dist/2020");
    return new Ajv2020(options).compile(schema);
  }
  const { default: Ajv } = await import("ajv");
  // Draft-04/06 ids are not registered in ajv 8; the keywords we meet are the same in draft-07.
  const { $schema: _dialect, ...rest } = schema;
  return new Ajv(options).compile(dialect.includes("draft-07") ? schema : rest);
}
