import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { fullValue, overlay } from "../testing/spec-body";
import {
  requestBodyProblems,
  runSpecCoverage,
  type OperationKey,
  type StepResult,
} from "../testing/spec-coverage";
import spec from "@/lib/egp/openapi.json";

/**
 * Every spec-valid request is accepted: the coverage run again, with every request body carrying every
 * optional property its schema has (generated from the spec, ids left out). A 422 that names a value the
 * server refuses for what it means (`value_error`: a template of another model type, say) is the
 * server's right; one about the shape (missing, extra_forbidden, a type) is a spec-valid request refused.
 */

/**
 * Shape refusals known today (the server's schema is narrower than the spec's). A step listed here may
 * start to pass; one not listed must not fail.
 */
const KNOWN = new Set<string>(["POST /v3/models/{model_deployment_id}/completions"]);

const shapeRefusal = (r: StepResult) => {
  if (r.ok || r.status === null) return !r.ok;
  // A route not served at all is spec-coverage.test's to track.
  if (r.status === 404 && JSON.stringify(r.answer) === '{"detail":"Not Found"}') return false;
  const detail = (r.answer as { detail?: unknown } | undefined)?.detail;
  if (r.status === 422 && Array.isArray(detail))
    return detail.some((issue: { type?: string }) => issue.type !== "value_error");
  // Other refusals (404 for an id, 403) follow from earlier steps that were refused.
  return r.status === 422 || r.status === 400;
};

let egp: TestEgp;
let results: StepResult[];
beforeAll(async () => {
  egp = await openTestEgp();
  results = await runSpecCoverage(egp, {
    accountId: egp.bootstrap.accountId,
    ggufPath: "/models/chat.gguf",
    fill: true,
  });
});
afterAll(async () => {
  await egp?.close();
});

describe("spec-valid request bodies in full", () => {
  test("the generated bodies are valid for their request schemas", () => {
    type Op = { requestBody?: { content: Record<string, { schema: unknown }> } };
    const invalid: string[] = [];
    for (const [path, ops] of Object.entries(spec.paths as unknown as Record<string, Record<string, Op>>))
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content["application/json"]?.schema;
        if (!schema) continue;
        const key = `${method.toUpperCase()} ${path}` as OperationKey;
        const problems = requestBodyProblems(key, fullValue(schema as Record<string, unknown>));
        // Required ids are left out of generated bodies: those are the steps' to give.
        const real = problems.filter((p) => !/required property '\w+_id'/.test(p));
        if (real.length) invalid.push(`${key}: ${real.join("; ")}`);
      }
    expect(invalid).toEqual([]);
  });

  test("overlay keeps the step's values over generated ones", () => {
    expect(overlay({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 4 }, e: 5 })).toEqual({
      a: 1,
      b: { c: 4, d: 3 },
      e: 5,
    });
  });

  test("the server refuses none of them for their shape", () => {
    const refused = results.filter(shapeRefusal);
    const unexpected = refused
      .filter((r) => !KNOWN.has(r.op))
      .map((r) => `${r.op} → ${r.status} ${r.problem}`);
    expect(unexpected).toEqual([]);
  });
});
