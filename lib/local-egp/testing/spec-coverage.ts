import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import spec from "@/lib/egp/openapi.json";
import { TEST_ADMIN_KEY, type TestEgp } from "./open-test-egp";

/**
 * Calls every operation of the models subset spec once, in an order where each call's ids come from
 * earlier answers, and checks both sides: the request it sends is valid for the operation's request
 * schema (so a failure is the server's, not the script's), and a 2xx answer is valid for the
 * operation's response schema. `scripts/spec-coverage.ts` prints the table; a test keeps the count.
 */

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation = {
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

type Ctx = Record<string, string>;
type Step = {
  op: OperationKey;
  /** The concrete path, from ids gathered so far. */
  path: (ctx: Ctx) => string;
  query?: (ctx: Ctx) => Record<string, string>;
  body?: (ctx: Ctx) => unknown;
  multipart?: (ctx: Ctx) => FormData;
  /** Keeps ids from a 2xx answer for later steps. */
  keep?: (body: unknown, ctx: Ctx) => void;
};

export type StepResult = {
  op: OperationKey;
  status: number | null;
  ok: boolean;
  problem?: string;
};

const day = 24 * 3600 * 1000;
function usageQuery(): Record<string, string> {
  const end = new Date("2026-01-02T00:00:00Z");
  return {
    start_date: new Date(end.getTime() - day).toISOString(),
    end_date: end.toISOString(),
    chunks: "4",
  };
}

const id = (body: unknown) => (body as { id: string }).id;

function steps(accountId: string): Step[] {
  const template = (name: string) => ({
    name,
    endpoint_type: "ASYNC",
    model_type: "EMBEDDING",
    account_id: accountId,
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
    },
  });
  return [
    { op: "GET /user-info", path: () => "/user-info" },
    { op: "GET /v4/accounts", path: () => "/v4/accounts" },
    {
      op: "POST /v4/accounts",
      path: () => "/v4/accounts",
      body: (c) => ({ name: "coverage account", account_group_id: c.accountGroupId ?? "default" }),
      keep: (b, c) => void (c.newAccountId = id(b)),
    },
    { op: "GET /v4/accounts/{id}", path: (c) => `/v4/accounts/${c.newAccountId ?? accountId}` },
    {
      op: "PATCH /v4/accounts/{id}",
      path: (c) => `/v4/accounts/${c.newAccountId ?? accountId}`,
      body: () => ({ name: "coverage account renamed" }),
    },
    { op: "GET /v4/knowledge-base-embedding-models", path: () => "/v4/knowledge-base-embedding-models" },

    // Templates, v3 and v4.
    {
      op: "POST /v4/model-templates",
      path: () => "/v4/model-templates",
      body: () => template("coverage v4 template"),
      keep: (b, c) => void (c.templateId = id(b)),
    },
    {
      op: "POST /v3/model-templates",
      path: () => "/v3/model-templates",
      body: () => template("coverage v3 template"),
      keep: (b, c) => void (c.v3TemplateId = id(b)),
    },
    { op: "GET /v4/model-templates", path: () => "/v4/model-templates" },
    { op: "GET /v3/model-templates", path: () => "/v3/model-templates" },
    { op: "GET /v4/model-templates/{model_template_id}", path: (c) => `/v4/model-templates/${c.templateId}` },
    {
      op: "GET /v3/model-templates/{model_template_id}",
      path: (c) => `/v3/model-templates/${c.v3TemplateId}`,
    },

    // Groups.
    {
      op: "POST /v4/model-groups",
      path: () => "/v4/model-groups",
      body: () => ({ name: "coverage group", account_id: accountId }),
      keep: (b, c) => void (c.groupId = id(b)),
    },
    {
      op: "POST /v3/model-groups",
      path: () => "/v3/model-groups",
      body: () => ({ name: "coverage v3 group", account_id: accountId }),
      keep: (b, c) => void (c.v3GroupId = id(b)),
    },
    { op: "GET /v4/model-groups", path: () => "/v4/model-groups" },
    { op: "GET /v3/model-groups", path: () => "/v3/model-groups" },
    { op: "GET /v4/model-groups/{model_group_id}", path: (c) => `/v4/model-groups/${c.groupId}` },
    { op: "GET /v3/model-groups/{model_group_id}", path: (c) => `/v3/model-groups/${c.v3GroupId}` },
    {
      op: "PATCH /v4/model-groups/{model_group_id}",
      path: (c) => `/v4/model-groups/${c.groupId}`,
      body: () => ({ description: "patched" }),
    },
    {
      op: "PATCH /v3/model-groups/{model_group_id}",
      path: (c) => `/v3/model-groups/${c.v3GroupId}`,
      body: () => ({ description: "patched" }),
    },

    // Models.
    {
      op: "POST /v4/models",
      path: () => "/v4/models",
      body: (c) => ({
        name: "coverage-v4-model",
        model_type: "EMBEDDING",
        account_id: accountId,
        model_template_id: c.templateId,
      }),
      keep: (b, c) => void (c.modelId = id(b)),
    },
    {
      op: "POST /v3/models",
      path: () => "/v3/models",
      body: (c) => ({
        name: "coverage-v3-model",
        model_type: "EMBEDDING",
        account_id: accountId,
        model_template_id: c.v3TemplateId,
      }),
      keep: (b, c) => void (c.v3ModelId = id(b)),
    },
    { op: "GET /v4/models", path: () => "/v4/models", query: () => ({ view: "Deployments" }) },
    { op: "GET /v3/models", path: () => "/v3/models" },
    { op: "GET /v4/models/{model_id}", path: (c) => `/v4/models/${c.modelId}` },
    { op: "GET /v3/models/{model_id}", path: (c) => `/v3/models/${c.v3ModelId}` },
    {
      op: "PATCH /v4/models/{model_id}",
      path: (c) => `/v4/models/${c.modelId}`,
      body: () => ({ description: "patched" }),
    },
    {
      op: "PATCH /v3/models/{model_id}",
      path: (c) => `/v3/models/${c.v3ModelId}`,
      body: () => ({ description: "patched" }),
    },
    {
      op: "POST /v4/model-groups/{model_group_id}/models/{model_instance_id}",
      path: (c) => `/v4/model-groups/${c.groupId}/models/${c.modelId}`,
    },
    {
      op: "POST /v3/model-groups/{model_group_id}/models/{model_instance_id}",
      path: (c) => `/v3/model-groups/${c.v3GroupId}/models/${c.v3ModelId}`,
    },

    // Deployments.
    {
      op: "POST /v4/models/{model_instance_id}/deployments",
      path: (c) => `/v4/models/${c.modelId}/deployments`,
      body: () => ({ name: "coverage-v4-deployment" }),
      keep: (b, c) => void (c.deploymentId = id(b)),
    },
    {
      op: "POST /v3/models/{model_instance_id}/deployments",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments`,
      body: () => ({ name: "coverage-v3-deployment" }),
      keep: (b, c) => void (c.v3DeploymentId = id(b)),
    },
    {
      op: "GET /v4/models/{model_instance_id}/deployments",
      path: (c) => `/v4/models/${c.modelId}/deployments`,
    },
    {
      op: "GET /v3/models/{model_instance_id}/deployments",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments`,
    },
    { op: "GET /v4/model-deployments", path: () => "/v4/model-deployments" },
    { op: "GET /v3/model-deployments", path: () => "/v3/model-deployments" },
    {
      op: "GET /v4/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v4/models/${c.modelId}/deployments/${c.deploymentId}`,
    },
    {
      op: "GET /v3/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments/${c.v3DeploymentId}`,
    },
    {
      op: "PATCH /v4/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v4/models/${c.modelId}/deployments/${c.deploymentId}`,
      body: () => ({ deployment_metadata: { note: "patched" } }),
    },
    {
      op: "PATCH /v3/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments/${c.v3DeploymentId}`,
      body: () => ({ deployment_metadata: { note: "patched" } }),
    },

    // Execution on deployments (built-in models answer by id).
    {
      op: "POST /v4/models/{model_deployment_id}/embeddings",
      path: (c) => `/v4/models/${c.embedDeploymentId}/embeddings`,
      body: () => ({ texts: ["a sentence to embed"] }),
    },
    {
      op: "POST /v3/models/{model_deployment_id}/embeddings",
      path: (c) => `/v3/models/${c.embedDeploymentId}/embeddings`,
      body: () => ({ texts: ["a sentence to embed"] }),
    },
    {
      op: "POST /v4/models/{model_deployment_id}/rerankings",
      path: (c) => `/v4/models/${c.rerankDeploymentId}/rerankings`,
      body: () => ({ query: "cats", chunks: ["cats purr", "dogs bark"] }),
    },
    {
      op: "POST /v3/models/{model_deployment_id}/rerankings",
      path: (c) => `/v3/models/${c.rerankDeploymentId}/rerankings`,
      body: () => ({ query: "cats", chunks: ["cats purr", "dogs bark"] }),
    },
    {
      op: "POST /v4/models/{model_instance_id}/deployments/{model_deployment_id}/execute",
      path: (c) => `/v4/models/${c.embedModelId}/deployments/${c.embedDeploymentId}/execute`,
      body: () => ({ texts: ["execute me"] }),
    },
    {
      op: "POST /v3/models/{model_instance_id}/deployments/{model_deployment_id}/execute",
      path: (c) => `/v3/models/${c.embedModelId}/deployments/${c.embedDeploymentId}/execute`,
      body: () => ({ texts: ["execute me"] }),
    },
    {
      op: "POST /v4/models/{model_deployment_id}/completions",
      path: (c) => `/v4/models/${c.chatDeploymentId}/completions`,
      body: () => ({ prompt: "Say hi", max_tokens: 8 }),
    },
    {
      op: "POST /v3/models/{model_deployment_id}/completions",
      path: (c) => `/v3/models/${c.chatDeploymentId}/completions`,
      body: () => ({ prompts: ["Say hi"], max_tokens: 8 }),
    },
    {
      op: "POST /v4/models/{model_deployment_id}/chat-completions",
      path: (c) => `/v4/models/${c.chatDeploymentId}/chat-completions`,
      body: () => ({ prompt: "Say hi", chat_history: [], max_tokens: 8 }),
    },
    {
      op: "POST /v4/chunks/rank",
      path: () => "/v4/chunks/rank",
      body: (c) => ({
        query: "cats",
        relevant_chunks: [{ chunk_id: "1", text: "cats purr", score: 0.5 }],
        rank_strategy: { method: "model", params: { model_deployment_id: c.rerankDeploymentId } },
      }),
    },

    // Inference by model name.
    {
      op: "POST /v4/completions",
      path: () => "/v4/completions",
      body: (c) => ({ model: c.completionModelName, prompt: "Say hi" }),
    },
    {
      op: "POST /v4/chat-completions",
      path: () => "/v4/chat-completions",
      body: (c) => ({ model: c.chatModelName, messages: [{ role: "user", content: "Say hi" }] }),
    },
    {
      op: "POST /v4/agents/execute",
      path: () => "/v4/agents/execute",
      body: (c) => ({ model: c.agentModelName, tools: [], messages: [{ role: "user", content: "Say hi" }] }),
    },
    {
      op: "POST /v4/beta/completions",
      path: () => "/v4/beta/completions",
      body: (c) => ({ model: c.completionModelName, prompt: "Say hi" }),
    },
    {
      op: "POST /v4/beta/chat/completions",
      path: () => "/v4/beta/chat/completions",
      body: (c) => ({ model: c.chatModelName, messages: [{ role: "user", content: "Say hi" }] }),
    },

    // Usage, after the executions above.
    {
      op: "GET /v4/models/{model_name}/usage-statistics",
      path: (c) => `/v4/models/${encodeURIComponent(c.embedModelName)}/usage-statistics`,
      query: usageQuery,
    },
    {
      op: "GET /v3/models/{model_name}/usage-statistics",
      path: (c) => `/v3/models/${encodeURIComponent(c.embedModelName)}/usage-statistics`,
      query: usageQuery,
    },
    {
      op: "GET /v4/model-deployments/{model_deployment_id}/usage-statistics",
      path: (c) => `/v4/model-deployments/${c.embedDeploymentId}/usage-statistics`,
      query: usageQuery,
    },
    {
      op: "GET /v3/model-deployments/{model_deployment_id}/usage-statistics",
      path: (c) => `/v3/model-deployments/${c.embedDeploymentId}/usage-statistics`,
      query: usageQuery,
    },
    {
      op: "GET /v4/model-groups/{model_group_id}/usage-statistics",
      path: (c) => `/v4/model-groups/${c.groupId}/usage-statistics`,
      query: usageQuery,
    },
    {
      op: "GET /v3/model-groups/{model_group_id}/usage-statistics",
      path: (c) => `/v3/model-groups/${c.v3GroupId}/usage-statistics`,
      query: usageQuery,
    },

    // Files.
    {
      op: "POST /v4/beta/files",
      path: () => "/v4/beta/files",
      multipart: () => {
        const form = new FormData();
        form.append("file", new Blob(["hello, file\n"], { type: "text/plain" }), "hello.txt");
        return form;
      },
      keep: (b, c) => void (c.fileId = id(b)),
    },
    { op: "GET /v4/beta/files", path: () => "/v4/beta/files" },
    { op: "GET /v4/beta/files/{file_id}", path: (c) => `/v4/beta/files/${c.fileId}` },
    {
      op: "PATCH /v4/beta/files/{file_id}",
      path: (c) => `/v4/beta/files/${c.fileId}`,
      body: () => ({ tags: { purpose: "coverage" } }),
    },
    { op: "GET /v4/beta/files/{file_id}/content", path: (c) => `/v4/beta/files/${c.fileId}/content` },
    { op: "GET /v4/beta/files/{file_id}/text", path: (c) => `/v4/beta/files/${c.fileId}/text` },
    { op: "DELETE /v4/beta/files/{file_id}", path: (c) => `/v4/beta/files/${c.fileId}` },

    // v5.
    {
      op: "POST /v5/models",
      path: () => "/v5/models",
      body: () => ({
        name: "coverage-v5-model",
        model_vendor: "llmengine",
        model_type: "chat_completion",
        vendor_configuration: { model: "llama-3-8b" },
      }),
      keep: (b, c) => void (c.v5ModelId = id(b)),
    },
    { op: "GET /v5/models", path: () => "/v5/models" },
    { op: "GET /v5/models/{model_id}", path: (c) => `/v5/models/${c.v5ModelId}` },
    {
      op: "PATCH /v5/models/{model_id}",
      path: (c) => `/v5/models/${c.v5ModelId}`,
      body: () => ({ model_metadata: { note: "patched" } }),
    },
    { op: "GET /v5/chat/completions/models", path: () => "/v5/chat/completions/models" },
    {
      op: "POST /v5/completions",
      path: () => "/v5/completions",
      body: (c) => ({ model: c.completionModelName, prompt: "Say hi" }),
    },
    {
      op: "POST /v5/chat/completions",
      path: () => "/v5/chat/completions",
      body: (c) => ({ model: c.chatModelName, messages: [{ role: "user", content: "Say hi" }] }),
    },
    { op: "DELETE /v5/models/{model_id}", path: (c) => `/v5/models/${c.v5ModelId}` },

    // Tear down.
    {
      op: "DELETE /v4/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v4/models/${c.modelId}/deployments/${c.deploymentId}`,
    },
    {
      op: "DELETE /v3/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments/${c.v3DeploymentId}`,
    },
    { op: "DELETE /v4/models/{model_id}", path: (c) => `/v4/models/${c.modelId}` },
    { op: "DELETE /v3/models/{model_id}", path: (c) => `/v3/models/${c.v3ModelId}` },
    { op: "DELETE /v4/model-groups/{model_group_id}", path: (c) => `/v4/model-groups/${c.groupId}` },
    { op: "DELETE /v3/model-groups/{model_group_id}", path: (c) => `/v3/model-groups/${c.v3GroupId}` },
    {
      op: "DELETE /v4/model-templates/{model_template_id}",
      path: (c) => `/v4/model-templates/${c.templateId}`,
    },
    {
      op: "DELETE /v3/model-templates/{model_template_id}",
      path: (c) => `/v3/model-templates/${c.v3TemplateId}`,
    },
  ];
}

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
 * A chat model on the local GGUF template (the caller's `ggufPath`, e.g. the random-weight fixture), for
 * the completion and chat steps that run on a deployment: a fresh server seeds no chat model.
 */
async function chatModel(egp: TestEgp, ctx: Ctx, key: string, accountId: string, ggufPath: string) {
  const templates = await send(egp, key, "GET", "/v4/model-templates?limit=100");
  const template = templates.items?.find(
    (t) => t.model_type === "CHAT_COMPLETION" && String(t.name).includes("GGUF"),
  );
  if (!template) return;
  const model = await send(egp, key, "POST", "/v4/models", {
    name: "coverage-chat",
    model_type: "CHAT_COMPLETION",
    account_id: accountId,
    model_template_id: template.id,
    model_creation_parameters: { MODEL_PATH: ggufPath },
  });
  const deployment = await send(egp, key, "POST", `/v4/models/${model.id}/deployments`, {
    name: "coverage-chat",
  });
  await egp.idle();
  ctx.chatDeploymentId = deployment.id;
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
 * The by-name routes take names from the spec's enums (the chat route allows no other string); these
 * are the names the script asks for. A server that serves other names fails those steps, which is right.
 */
export const BY_NAME = { chat: "llama-3-2-1b-instruct", completion: "llama-3-2-1b-instruct", agent: "gpt-4" };

export async function runSpecCoverage(
  egp: TestEgp,
  { key = TEST_ADMIN_KEY, accountId, ggufPath }: { key?: string; accountId: string; ggufPath?: string },
): Promise<StepResult[]> {
  const ctx: Ctx = {
    chatModelName: BY_NAME.chat,
    completionModelName: BY_NAME.completion,
    agentModelName: BY_NAME.agent,
  };
  await builtins(egp, ctx, key);
  if (!ctx.chatDeploymentId && ggufPath) await chatModel(egp, ctx, key, accountId, ggufPath);
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
    const body = step.body?.(ctx);
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
    const url = new URL(`http://local${step.path(ctx)}`);
    for (const [k, v] of Object.entries(step.query?.(ctx) ?? {})) url.searchParams.set(k, v);
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
      results.push({ op: step.op, status: res.status, ok: false, problem: detail });
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
