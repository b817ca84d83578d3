import { TEST_ADMIN_KEY, type TestEgp } from "./open-test-egp";
import { fullValue, overlay } from "./spec-body";
import { BY_NAME, builtins, generationModels } from "./spec-coverage-models";
import { steps, type Ctx } from "./spec-coverage-steps";
import {
  operationAt,
  queryProblems,
  requestBodyProblems,
  responseSchema,
  schemaProblems,
  specOperations,
  splitOperation,
  type OperationKey,
} from "./spec-operations";

/**
 * Calls every operation of the models subset spec once, in an order where each call's ids come from
 * earlier answers, and checks both sides: the request it sends is valid for the operation's request
 * schema (so a failure is the server's, not the script's), and a 2xx answer is valid for the
 * operation's response schema. `scripts/spec-coverage.ts` prints the table; a test keeps the count.
 */

export { BY_NAME } from "./spec-coverage-models";
export {
  operationOf,
  queryProblems,
  requestBodyProblems,
  specOperations,
  type OperationKey,
} from "./spec-operations";

export type StepResult = {
  op: OperationKey;
  status: number | null;
  ok: boolean;
  problem?: string;
  /** A refusal's body (`{"detail": …}`), to tell a shape error from a refused value. */
  answer?: unknown;
};

async function readBody(res: Response): Promise<{ json?: unknown; text: string }> {
  const text = await res.text();
  if (!(res.headers.get("content-type") ?? "").includes("application/json")) return { text };
  try {
    return { json: JSON.parse(text), text };
  } catch {
    return { text };
  }
}

/**
 * The step's body over one with every property of the request schema (spec-body.ts), merged deeply,
 * or else key by key; the step's own body where neither is valid (a union branch the step picked).
 */
function filledBody(op: OperationKey, schema: unknown, body: unknown): unknown {
  const full = fullValue(schema as Record<string, unknown>);
  const candidates = [
    overlay(full, body),
    typeof full === "object" && typeof body === "object"
      ? { ...(full as object), ...(body as object) }
      : body,
  ];
  return candidates.find((c) => requestBodyProblems(op, c).length === 0) ?? body;
}

/**
 * `fill`: every request body also carries every optional property of its schema (generated), so the
 * run checks that the server takes spec-valid requests in full, not only the fields the steps name.
 */
export async function runSpecCoverage(
  egp: TestEgp,
  {
    key = TEST_ADMIN_KEY,
    accountId,
    ggufPath,
    fill = false,
    openAiBaseUrl,
  }: { key?: string; accountId: string; ggufPath?: string; fill?: boolean; openAiBaseUrl?: string },
): Promise<StepResult[]> {
  const ctx: Ctx = {
    chatModelName: BY_NAME.chat,
    completionModelName: BY_NAME.completion,
    agentModelName: BY_NAME.agent,
  };
  await builtins(egp, ctx, key);
  await generationModels(egp, ctx, key, accountId, { ggufPath, openAiBaseUrl });
  const info = await egp.handle(new Request("http://local/v4/accounts", { headers: { "x-api-key": key } }));
  const firstAccount = ((await info.json()) as { items?: Array<{ account_group_id?: string }> }).items?.[0];
  if (firstAccount?.account_group_id) ctx.accountGroupId = firstAccount.account_group_id;

  const results: StepResult[] = [];
  for (const step of steps(accountId)) {
    const [method] = splitOperation(step.op);
    const operation = operationAt(step.op);
    if (!operation) {
      results.push({ op: step.op, status: null, ok: false, problem: "not in the spec (script error)" });
      continue;
    }
    const written = step.body?.(ctx);
    const requestSchema = operation.requestBody?.content["application/json"]?.schema;
    const body =
      fill && written !== undefined && requestSchema ? filledBody(step.op, requestSchema, written) : written;
    if (body !== undefined) {
      const content = operation.requestBody?.content["application/json"];
      const problems = content ? schemaProblems(`${step.op} request`, content.schema, body) : [];
      if (problems.length) {
        results.push({
          op: step.op,
          status: null,
          ok: false,
          problem: `script sent an invalid body: ${problems}`,
        });
        continue;
      }
    }
    const query = step.query?.(ctx) ?? {};
    const queryIssues = queryProblems(step.op, query);
    if (queryIssues.length) {
      results.push({
        op: step.op,
        status: null,
        ok: false,
        problem: `script sent an invalid query: ${queryIssues.join("; ")}`,
      });
      continue;
    }
    const url = new URL(`http://local${step.path(ctx)}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const headers: Record<string, string> = { "x-api-key": key };
    let payload: BodyInit | undefined;
    if (step.multipart) payload = step.multipart(ctx);
    else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    let res: Response;
    try {
      res = await egp.handle(new Request(url, { method: method.toUpperCase(), headers, body: payload }));
    } catch (error) {
      results.push({ op: step.op, status: null, ok: false, problem: `threw: ${(error as Error).message}` });
      continue;
    }
    const answer = await readBody(res);
    if (res.status < 200 || res.status >= 300) {
      const detail = answer.json ? JSON.stringify(answer.json).slice(0, 160) : answer.text.slice(0, 160);
      results.push({ op: step.op, status: res.status, ok: false, problem: detail, answer: answer.json });
      continue;
    }
    const schema = responseSchema(operation, res.status);
    if (schema === null) {
      results.push({
        op: step.op,
        status: res.status,
        ok: false,
        problem: `status ${res.status} is not in the spec`,
      });
      continue;
    }
    if (schema !== undefined) {
      const problems = schemaProblems(`${step.op} ${res.status}`, schema, answer.json ?? answer.text);
      if (problems.length) {
        results.push({
          op: step.op,
          status: res.status,
          ok: false,
          problem: `invalid answer: ${problems.join("; ")}`,
        });
        continue;
      }
    }
    step.keep?.(answer.json, ctx);
    results.push({ op: step.op, status: res.status, ok: true });
  }
  await egp.idle();
  return results;
}

/** Steps are one per operation: this names any operation the script forgot or lists twice. */
export function coverageGaps(): { missing: OperationKey[]; duplicated: OperationKey[] } {
  const listed = steps("account").map((s) => s.op);
  const all = specOperations();
  return {
    missing: all.filter((op) => !listed.includes(op)),
    duplicated: listed.filter((op, i) => listed.indexOf(op) !== i),
  };
}
