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

export const EXECUTE = { needs: "models:execute", action: "execute models" } as const;

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
        return metered(ctx, withSignal(target, req.request), (t) => executeByModelType(t, input));
      },
    },
    typed("embeddings", (t, input) => executeEmbedding(t, input)),
    typed("rerankings", (t, input) => executeReranking(t, input)),
    typed("completions", executeCompletion),
    typed("chat-completions", executeChat),
  ];
}
