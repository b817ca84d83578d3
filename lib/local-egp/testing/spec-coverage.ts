import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import spec from "@/lib/egp/openapi.json";
import { TEST_ADMIN_KEY, type TestEgp } from "./open-test-egp";
import { fullValue, overlay } from "./spec-body";
import { steps, type Ctx } from "./spec-coverage-steps";

/**
 * Calls every operation of the models subset spec once, in an order where each call's ids come from
 * earlier answers, and checks both sides: the request it sends is valid for the operation's request
 * schema (so a failure is the server's, not the script's), and a 2xx answer is valid for the
 * operation's response schema. `scripts/spec-coverage.ts` prints the table; a test keeps the count.
 */

type Method = "get" | "post" | "put" | "patch" | "delete";
type Parameter = { name: string; in: string; required?: boolean; schema?: unknown };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const paths = spec.paths as unknown as Record<string, Partial<Record<Method, Operation>>>;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: "spec", components: spec.components });

/** Inline operation schemas point at "#/components/…" of the document; make them absolute. */
function absolute(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
}

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: unknown): ValidateFunction {
  let v = compiled.get(key);
  if (!v) compiled.set(key, (v = ajv.compile(absolute(schema) as object)));
  return v;
}

function errorsOf(v: ValidateFunction, value: unknown): string[] {
  if (v(value)) return [];
  return (v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`.trim());
}

export type OperationKey = `${Uppercase<Method>} ${string}`;

/**
 * What is wrong with a query for the operation's query parameters: a name the spec does not list, a
 * missing required one, a value no reading of the string fits (as text, a number, a boolean, or a
 * comma-joined array, as the SDKs send arrays).
 */
export function queryProblems(op: OperationKey, query: Record<string, string>): string[] {
  const [method, template] = split(op);
  const params = (paths[template]?.[method]?.parameters ?? []).filter((p) => p.in === "query");
  const problems: string[] = [];
  for (const p of params)
    if (p.required && !Object.hasOwn(query, p.name)) problems.push(`query ${p.name} is required`);
  for (const [name, value] of Object.entries(query)) {
    const param = params.find((p) => p.name === name);
    if (!param) {
      problems.push(`query ${name} is not a parameter of ${op}`);
      continue;
    }
    const v = validator(`${op} query ${name}`, param.schema ?? {});
    const readings: unknown[] = [value, value.split(",")];
    if (value.trim() !== "" && !Number.isNaN(Number(value))) readings.push(Number(value));
    if (value === "true" || value === "false") readings.push(value === "true");
    if (!readings.some((r) => v(r))) problems.push(`query ${name}=${value} does not fit its schema`);
  }
  return problems;
}

/** The body with its null-valued keys left out, as a server that reads null as absent sees it. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/**
 * What is wrong with a JSON body for the operation's request schema (empty when valid or bodiless).
 * `nullsAsAbsent`: the spec types optional fields without null, yet the SDKs send explicit nulls for
 * them (pydantic `.dict()`), which the server reads as absent; such a body is checked without them.
 */
export function requestBodyProblems(
  op: OperationKey,
  body: unknown,
  opts: { nullsAsAbsent?: boolean } = {},
): string[] {
  const [method, template] = split(op);
  const content = paths[template]?.[method]?.requestBody?.content["application/json"];
  if (!content) return body === undefined ? [] : [`${op} takes no JSON body`];
  return errorsOf(validator(`${op} request`, content.schema), opts.nullsAsAbsent ? withoutNulls(body) : body);
}

/**
 * The spec operation a concrete call is, or null for a route the spec does not list. Where templates
 * overlap (`/v4/models/{id}` and `/v4/models/{id}/embeddings`) the one with more literal segments wins.
 */
export function operationOf(method: string, path: string): OperationKey | null {
  const segments = path.split("?")[0].split("/");
  let best: { key: OperationKey; literals: number } | null = null;
  for (const [template, ops] of Object.entries(paths)) {
    if (!ops[method.toLowerCase() as Method]) continue;
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    const fits = parts.every((part, i) => part.startsWith("{") || part === segments[i]);
    if (!fits) continue;
    const literals = parts.filter((part) => !part.startsWith("{")).length;
    if (!best || literals > best.literals)
      best = { key: `${method.toUpperCase()} ${template}` as OperationKey, literals };
  }
  return best?.key ?? null;
}

/** Every operation of the spec, as "METHOD /path/{param}". */
export function specOperations(): OperationKey[] {
  const out: OperationKey[] = [];
  for (const [path, ops] of Object.entries(paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"] as const) {
      if (ops[method]) out.push(`${method.toUpperCase() as Uppercase<Method>} ${path}`);
    }
  }
  return out;
}

export type StepResult = {
  op: OperationKey;
  status: number | null;
  ok: boolean;
  problem?: string;
  /** A refusal's body (`{"detail": …}`), to tell a shape error from a refused value. */
  answer?: unknown;
};

function split(op: OperationKey): [Method, string] {
  const [method, path] = op.split(" ");
  return [method.toLowerCase() as Method, path];
}

function responseSchema(op: Operation, status: number): unknown | undefined | null {
  const entry = op.responses[String(status)];
  if (!entry) return null; // a status the spec does not name
  const content = entry.content?.["application/json"];
  return content ? content.schema : undefined; // undefined: no body to check (204, or non-JSON)
}

async function readBody(res: Response): Promise<{ json?: unknown; text: string }> {
  const text = await res.text();
  if (!(res.headers.get("content-type") ?? "").includes("application/json")) return { text };
  try {
    return { json: JSON.parse(text), text };
  } catch {
    return { text };
  }
}

async function send(egp: TestEgp, key: string, method: string, path: string, body?: unknown) {
  const res = await egp.handle(
    new Request(`http://local${path}`, {
      method,
      headers: { "x-api-key": key, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return (await res.json()) as Record<string, unknown> & {
    id: string;
    items?: Array<Record<string, unknown>>;
  };
}

/**
 * A model created from a seeded template and deployed, for the steps that execute it. Inference by name
 * serves a model of the account by its name, so the chat model is named as the by-name steps ask.
 */
async function deployed(
  egp: TestEgp,
  key: string,
  accountId: string,
  spec: {
    name: string;
    modelType: string;
    template: (name: string) => boolean;
    params: Record<string, string>;
  },
): Promise<string | undefined> {
  const templates = await send(egp, key, "GET", "/v4/model-templates?limit=100");
  const template = templates.items?.find(
    (t) => t.model_type === spec.modelType && spec.template(String(t.name)),
  );
  if (!template) return;
  const model = await send(egp, key, "POST", "/v4/models", {
    name: spec.name,
    model_type: spec.modelType,
    account_id: accountId,
    model_template_id: template.id,
    model_creation_parameters: spec.params,
  });
  const deployment = await send(egp, key, "POST", `/v4/models/${model.id}/deployments`, { name: spec.name });
  await egp.idle();
  return deployment.id;
}

/**
 * The chat model on the local GGUF template (the caller's `ggufPath`: a person serving
 * "llama-3-2-1b-instruct" points it at that model's GGUF; the scripts use the random-weight fixture),
 * and the agent model on the OpenAI-compatible template (the caller's `openAiBaseUrl`, a server that
 * answers for "gpt-4").
 */
async function generationModels(
  egp: TestEgp,
  ctx: Ctx,
  key: string,
  accountId: string,
  opts: { ggufPath?: string; openAiBaseUrl?: string },
) {
  if (opts.ggufPath) {
    const id = await deployed(egp, key, accountId, {
      name: BY_NAME.chat,
      modelType: "CHAT_COMPLETION",
      template: (name) => name.includes("GGUF"),
      params: { MODEL_PATH: opts.ggufPath },
    });
    if (id) ctx.chatDeploymentId ??= id;
  }
  if (opts.openAiBaseUrl)
    await deployed(egp, key, accountId, {
      name: BY_NAME.agent,
      modelType: "AGENT",
      template: (name) => name.includes("OpenAI"),
      params: { BASE_URL: opts.openAiBaseUrl, MODEL: BY_NAME.agent },
    });
}

/** Finds the built-in models a fresh server seeds, for the execute and by-name steps. */
async function builtins(egp: TestEgp, ctx: Ctx, key: string) {
  const res = await egp.handle(
    new Request("http://local/v4/models?view=Deployments&limit=100", { headers: { "x-api-key": key } }),
  );
  const items = ((await res.json()) as { items: Array<Record<string, unknown>> }).items ?? [];
  const pick = (type: string) =>
    items.find(
      (m) => m.model_type === type && Array.isArray(m.deployments) && (m.deployments as unknown[]).length > 0,
    ) as { id: string; name: string; deployments: Array<{ id: string }> } | undefined;
  const embed = pick("EMBEDDING");
  const rerank = pick("RERANKING");
  const chat = pick("CHAT_COMPLETION");
  if (embed)
    Object.assign(ctx, {
      embedModelId: embed.id,
      embedModelName: embed.name,
      embedDeploymentId: embed.deployments[0].id,
    });
  if (rerank) ctx.rerankDeploymentId = rerank.deployments[0].id;
  if (chat) ctx.chatDeploymentId = chat.deployments[0].id;
}

/**
 * The by-name routes take names from the spec's enums (the chat and agent routes allow no other string);
 * these are the names the script asks for, and the names of the models it creates to serve them
 * (generationModels). A server that does not serve them fails those steps, which is right.
 */
export const BY_NAME = { chat: "llama-3-2-1b-instruct", completion: "llama-3-2-1b-instruct", agent: "gpt-4" };

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
    const [method, template] = split(step.op);
    const operation = paths[template]?.[method];
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
      const problems = content ? errorsOf(validator(`${step.op} request`, content.schema), body) : [];
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
      const problems = errorsOf(validator(`${step.op} ${res.status}`, schema), answer.json ?? answer.text);
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
