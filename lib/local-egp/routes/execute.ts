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
      const target = await targetOf(withCaller(s, req.auth), req.params.deployment_id);
      return run(withSignal(target, req.request), input);
    },
  });
  return [
    {
      method: "POST",
      pattern: "/{version:v3|v4}/models/{model_id}/deployments/{id}/execute",
      ...EXECUTE,
      handler: async (req) => {
        const input = await readJson(req.request, BODY_LIMITS.execute);
        const target = await targetOf(withCaller(s, req.auth), req.params.id, req.params.model_id);
        return executeByModelType(withSignal(target, req.request), input);
      },
    },
    {
      method: "POST",
      pattern: "/{version:v3}/models/{model_id}/execute",
      ...EXECUTE,
      handler: async (req) => {
        const input = await readJson(req.request, BODY_LIMITS.execute);
        const target = await targetOfModel(withCaller(s, req.auth), req.params.model_id);
        return executeByModelType(withSignal(target, req.request), input);
      },
    },
    typed("embeddings", (t, input) => executeEmbedding(t, input)),
    typed("rerankings", (t, input) => executeReranking(t, input)),
    typed("completions", executeCompletion),
    typed("chat-completions", executeChat),
  ];
}
