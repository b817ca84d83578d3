import "server-only";
import { z } from "zod";
import { BODY_LIMITS } from "@/lib/limits";
import { HttpError } from "../http/errors";
import type { Route } from "../http/router";
import { parseBody } from "../http/validation";
import { expectKind, rerank } from "../runtime/execute";
import { PlainObjectSchema } from "../schemas/enums";
import { withCaller, type Services } from "../services/context";
import { rankTarget, type Target } from "../services/execute";
import { metered } from "../services/usage";
import { EXECUTE } from "./execute";
import { json } from "./respond";

const ChunkSchema = z.object({
  chunk_id: z.string(),
  text: z.string(),
  embedding: z.array(z.number()).nullish(),
  metadata: PlainObjectSchema.nullish(),
  user_supplied_metadata: PlainObjectSchema.nullish(),
  attachment_url: z.string().nullish(),
  title: z.string().nullish(),
  score: z.number().nullish(),
});

const ChunksRankSchema = z.object({
  query: z.string(),
  // The seed docs pass plain strings; the spec passes ChunkV2 objects.
  relevant_chunks: z.array(z.union([z.string(), ChunkSchema])),
  rank_strategy: z.object({ method: z.string().default("model"), params: PlainObjectSchema.nullish() }),
  top_k: z.number().int().positive().nullish(),
  account_id: z.string().nullish(),
});

const ModelParamsSchema = z.object({
  model_deployment_id: z.string().nullish(),
  model_id: z.string().nullish(),
  base_model_name: z.string().nullish(),
  model_params: PlainObjectSchema.nullish(),
});

export function chunksRankRoutes(s: Services): Route[] {
  return [
    {
      method: "POST",
      pattern: "/{version:v2|v3|v4}/chunks/rank",
      ...EXECUTE,
      handler: async (req) => {
        const body = await parseBody(req.request, ChunksRankSchema, BODY_LIMITS.execute);
        if (body.rank_strategy.method !== "model") {
          throw new HttpError(
            400,
            `Rank strategy "${body.rank_strategy.method}" is not available in local mode; use {"method": "model"} with a reranking deployment`,
          );
        }
        const params = ModelParamsSchema.safeParse(body.rank_strategy.params ?? {});
        if (!params.success)
          throw new HttpError(422, [
            {
              loc: ["body", "rank_strategy", "params"],
              msg: "Invalid model rank params",
              type: "value_error",
            },
          ]);
        const ctx = withCaller(s, req.auth);
        const target = await rankTarget(ctx, params.data);
        return metered(ctx, target, (t) => rankChunks(t, body));
      },
    },
  ];
}

/** The engine's own token count of the query and chunks it read is what the execution is metered by. */
async function rankChunks(target: Target, body: z.output<typeof ChunksRankSchema>): Promise<Response> {
  const chunks = body.relevant_chunks.map((c, i) =>
    typeof c === "string"
      ? { chunk_id: String(i), text: c, metadata: {}, user_supplied_metadata: {}, score: 0 }
      : c,
  );
  const engine = expectKind(target.engine, "reranking", target.model.modelType);
  const { chunk_scores, tokens_used } = await rerank(
    engine,
    body.query,
    chunks.map((c) => c.text),
  );
  target.meter?.add(tokens_used, 0);
  const ranked = chunks
    .map((chunk, i) => ({
      ...chunk,
      metadata: chunk.metadata ?? {},
      user_supplied_metadata: chunk.user_supplied_metadata ?? {},
      score: chunk_scores[i],
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, body.top_k ?? undefined)
    .map((chunk) =>
      Object.fromEntries(Object.entries(chunk).filter(([, v]) => v !== null && v !== undefined)),
    );
  return json({ relevant_chunks: ranked });
}
