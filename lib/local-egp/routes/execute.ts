import "server-only";
import { BODY_LIMITS } from "@/lib/limits";
import type { Route } from "../http/router";
import { readJson } from "../http/validation";
import {
  executeByModelType,
  executeChat,
  executeCompletion,
  executeEmbedding,
  executeReranking,
} from "./execute-dispatch";
import { withCaller, type Services } from "../services/context";
import { targetOf, targetOfModel, type Target } from "../services/execute";
import { metered } from "../services/usage";
import { json } from "./respond";

export const EXECUTE = { needs: "models:execute", action: "execute models" } as const;

/**
 * The keys of each model type's answer in the guide-era scale_egp (0.0.0b2x), whose response classes
 * forbid any other key (a reranking's `tokens_used` breaks it). Its execute route is `POST
 * /v3/models/{id}/execute`, which answers these shapes and no more. Chat answers the old
 * `{message, finish_reason}` or, for a chat_history request, the completion shape.
 */
const GUIDE_ERA_KEYS: Record<string, readonly string[]> = {
  EMBEDDING: ["embeddings"],
  RERANKING: ["chunk_scores"],
  COMPLETION: ["completions", "finish_reason"],
  CHAT_COMPLETION: ["message", "completions", "finish_reason"],
  AGENT: ["action", "context"],
};

export async function guideEraAnswer(modelType: string, res: Response): Promise<Response> {
  const keys = GUIDE_ERA_KEYS[modelType];
  if (!keys || res.status !== 200 || !res.headers.get("content-type")?.includes("application/json"))
    return res;
  const body = (await res.json()) as Record<string, unknown>;
  return json(Object.fromEntries(keys.filter((k) => Object.hasOwn(body, k)).map((k) => [k, body[k]])));
}

const withSignal = (target: Target, request: Request): Target => ({ ...target, signal: request.signal });

export function executeRoutes(s: Services): Route[] {
  const typed = (
    suffix: string,
    run: (target: Awaited<ReturnType<typeof targetOf>>, input: unknown) => Promise<Response>,
  ): Route => ({
    method: "POST",
    pattern: `/{version:v3|v4}/models/{deployment_id}/${suffix}`,
    ...EXECUTE,
    handler: async (req) => {
      const input = await readJson(req.request, BODY_LIMITS.execute);
      const ctx = withCaller(s, req.auth);
      const target = await targetOf(ctx, req.params.deployment_id);
      return metered(ctx, withSignal(target, req.request), (t) => run(t, input));
    },
  });
  return [
    {
      method: "POST",
      pattern: "/{version:v3|v4}/models/{model_id}/deployments/{id}/execute",
      ...EXECUTE,
      handler: async (req) => {
        const input = await readJson(req.request, BODY_LIMITS.execute);
        const ctx = withCaller(s, req.auth);
        const target = await targetOf(ctx, req.params.id, req.params.model_id);
        return metered(ctx, withSignal(target, req.request), (t) => executeByModelType(t, input));
      },
    },
    {
      method: "POST",
      pattern: "/{version:v3}/models/{model_id}/execute",
      ...EXECUTE,
      handler: async (req) => {
        const input = await readJson(req.request, BODY_LIMITS.execute);
        const ctx = withCaller(s, req.auth);
        const target = await targetOfModel(ctx, req.params.model_id);
        return metered(ctx, withSignal(target, req.request), async (t) =>
          guideEraAnswer(t.model.modelType, await executeByModelType(t, input)),
        );
      },
    },
    typed("embeddings", (t, input) => executeEmbedding(t, input)),
    typed("rerankings", (t, input) => executeReranking(t, input)),
    typed("completions", executeCompletion),
    typed("chat-completions", executeChat),
  ];
}
