import "server-only";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import { egpSpec as spec } from "./spec-document";
import { EgpError } from "./errors";

/** What a 2xx answer of one operation must look like, as lib/egp/openapi.json and openapi.fine-tuning.json (and so schema.gen.ts) say. */
type AnswerSchema = { pointer: string } | { noBody: true } | null;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
// A field Scale GP adds later is no reason to fail a page: only missing or mistyped fields are.
const lenient = JSON.parse(
  JSON.stringify({ paths: spec.paths, components: spec.components }),
  (key, value) => (key === "additionalProperties" && value === false ? undefined : value),
);
// The whole document under one id: a response schema is then a JSON pointer into it, $refs and all.
ajv.addSchema({ $id: "egp-openapi", ...lenient });

const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

// Compiled on first use, once per operation and status, for the life of the process.
const validators = new Map<string, ValidateFunction>();

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };

function answerSchema(method: string, schemaPath: string, status: number): AnswerSchema {
  const operations = (lenient.paths as Record<string, Record<string, Operation> | undefined>)[schemaPath];
  const responses = operations?.[method.toLowerCase()]?.responses;
  if (!responses) return null;
  // Scale GP sometimes answers 201 where the spec documents 200: any documented 2xx will do.
  const code = [String(status), ...Object.keys(responses).filter((c) => /^2/.test(c))].find(
    (c) => responses[c],
  );
  if (!code) return null;
  const content = responses[code].content;
  if (!content) return { noBody: true };
  if (!content["application/json"]) return null;
  const pointer = [
    "paths",
    schemaPath,
    method.toLowerCase(),
    "responses",
    code,
    "content",
    "application/json",
    "schema",
  ]
    .map(escape)
    .join("/");
  return { pointer };
}

function validatorFor(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `egp-openapi#/${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

/** `items[0].created_by_user_id` from ajv's `/items/0/created_by_user_id`. */
function where(error: ErrorObject): string {
  const segments = error.instancePath.split("/").slice(1);
  const missing = error.keyword === "required" ? [String(error.params.missingProperty)] : [];
  const path = [...segments, ...missing]
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
  return path || "the body";
}

function describe(error: ErrorObject): string {
  if (error.keyword === "required") return `${where(error)} is missing`;
  if (error.keyword === "enum") {
    return `${where(error)} must be one of ${(error.params.allowedValues as unknown[]).map(String).join(", ")}`;
  }
  return `${where(error)} ${error.message ?? "is not valid"}`;
}

function unexpected(what: string, method: string, schemaPath: string): EgpError {
  return new EgpError(
    502,
    null,
    `Scale GP answered with an unexpected shape: ${what} (${method.toUpperCase()} ${schemaPath})`,
  );
}

/**
 * Checks the body of a 2xx answer against the spec's response schema for this operation, so a
 * wrong-shaped or empty 200 fails here, readably, instead of as `undefined` in a page or a toast.
 * Operations the spec does not document pass untouched. Returns the parsed body.
 */
export function checkAnswer(method: string, schemaPath: string, status: number, text: string): unknown {
  const schema = answerSchema(method, schemaPath, status);
  if (schema && "noBody" in schema) return text ? safeParse(text) : undefined;
  if (!text.trim()) {
    if (schema) throw unexpected("an empty body", method, schemaPath);
    return undefined;
  }
  const body = safeParse(text);
  if (body === NOT_JSON) throw unexpected("a body that is not JSON", method, schemaPath);
  if (!schema) return body;
  const validate = validatorFor(schema.pointer);
  if (!validate(body)) throw unexpected(describe(validate.errors![0]), method, schemaPath);
  return body;
}

const NOT_JSON = Symbol("not JSON");

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}
