import type { ExecuteBody, RankBody } from "../schemas/playground";

/** The EGP call a playground run makes: method POST, this path (the spec's template of it), this JSON body. */
export type UpstreamCall = {
  path: string;
  schemaPath: string;
  body: Record<string, unknown>;
  stream: boolean;
};

const seg = encodeURIComponent;

/**
 * Typed routes for the four typed model types; agents have no typed route, so they go through
 * the generic execute route of the deployment.
 */
export function upstreamCall(input: ExecuteBody): UpstreamCall {
  const d = seg(input.deploymentId);
  switch (input.modelType) {
    case "EMBEDDING":
      return {
        path: `/v4/models/${d}/embeddings`,
        schemaPath: "/v4/models/{model_deployment_id}/embeddings",
        body: input.request,
        stream: false,
      };
    case "RERANKING":
      return {
        path: `/v4/models/${d}/rerankings`,
        schemaPath: "/v4/models/{model_deployment_id}/rerankings",
        body: input.request,
        stream: false,
      };
    case "COMPLETION":
      return {
        path: `/v4/models/${d}/completions`,
        schemaPath: "/v4/models/{model_deployment_id}/completions",
        body: input.request,
        stream: Boolean(input.request.stream),
      };
    case "CHAT_COMPLETION":
      return {
        path: `/v4/models/${d}/chat-completions`,
        schemaPath: "/v4/models/{model_deployment_id}/chat-completions",
        body: input.request,
        stream: Boolean(input.request.stream),
      };
    case "AGENT":
      return {
        path: `/v4/models/${seg(input.modelId)}/deployments/${d}/execute`,
        schemaPath: "/v4/models/{model_instance_id}/deployments/{model_deployment_id}/execute",
        body: input.request,
        stream: false,
      };
  }
}

export function rankCall(input: RankBody): UpstreamCall {
  return {
    path: "/v4/chunks/rank",
    schemaPath: "/v4/chunks/rank",
    body: {
      query: input.query,
      relevant_chunks: input.chunks.map((text, i) => ({ chunk_id: String(i), text, score: 0 })),
      rank_strategy: { method: "model", params: { model_deployment_id: input.deploymentId } },
      ...(input.top_k ? { top_k: input.top_k } : {}),
    },
    stream: false,
  };
}
