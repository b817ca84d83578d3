import { id, type Step } from "./spec-coverage-step";

/** The steps that execute models (by deployment and by name), read their usage, and use files and v5. */

const day = 24 * 3600 * 1000;
function usageQuery(): Record<string, string> {
  const end = new Date("2026-01-02T00:00:00Z");
  return {
    start_date: new Date(end.getTime() - day).toISOString(),
    end_date: end.toISOString(),
    chunks: "4",
  };
}

export function executeSteps(): Step[] {
  return [
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
  ];
}
