import type { OperationKey } from "./spec-coverage";

/**
 * One step per operation of the models subset spec, in an order where each call's ids come from earlier
 * answers (spec-coverage.ts runs them and checks both sides).
 */

export type Ctx = Record<string, string>;
export type Step = {
  op: OperationKey;
  /** The concrete path, from ids gathered so far. */
  path: (ctx: Ctx) => string;
  query?: (ctx: Ctx) => Record<string, string>;
  body?: (ctx: Ctx) => unknown;
  multipart?: (ctx: Ctx) => FormData;
  /** Keeps ids from a 2xx answer for later steps. */
  keep?: (body: unknown, ctx: Ctx) => void;
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

export function steps(accountId: string): Step[] {
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
      body: (c) => ({ model: c.completionModelName, prompt: "Say hi", model_parameters: { max_tokens: 8 } }),
    },
    {
      op: "POST /v4/chat-completions",
      path: () => "/v4/chat-completions",
      body: (c) => ({
        model: c.chatModelName,
        messages: [{ role: "user", content: "Say hi" }],
        model_parameters: { max_tokens: 8 },
      }),
    },
    {
      op: "POST /v4/agents/execute",
      path: () => "/v4/agents/execute",
      body: (c) => ({ model: c.agentModelName, tools: [], messages: [{ role: "user", content: "Say hi" }] }),
    },
    {
      op: "POST /v4/beta/completions",
      path: () => "/v4/beta/completions",
      body: (c) => ({ model: c.completionModelName, prompt: "Say hi", max_tokens: 8 }),
    },
    {
      op: "POST /v4/beta/chat/completions",
      path: () => "/v4/beta/chat/completions",
      body: (c) => ({
        model: c.chatModelName,
        messages: [{ role: "user", content: "Say hi" }],
        max_tokens: 8,
      }),
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
      body: (c) => ({ model: c.completionModelName, prompt: "Say hi", max_tokens: 8 }),
    },
    {
      op: "POST /v5/chat/completions",
      path: () => "/v5/chat/completions",
      body: (c) => ({
        model: c.chatModelName,
        messages: [{ role: "user", content: "Say hi" }],
        max_tokens: 8,
      }),
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
