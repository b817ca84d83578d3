import "server-only";
import { z } from "zod";
import { BODY_LIMITS } from "@/lib/limits";
import { unprocessable } from "../http/errors";
import type { Route } from "../http/router";
import { parseBody, zodIssuesToDetail } from "../http/validation";
import {
  isRougeMetric,
  rouge,
  ROUGE_METRICS,
  type RougeMetric,
  type RougeScore,
} from "../engines/text/rouge";
import { withDefault } from "../schemas/launch-resources";
import { expectKind, rerank } from "../runtime/execute";
import { PlainObjectSchema } from "../schemas/enums";
import { withCaller, type Services } from "../services/context";
import { crossEncoderStandIn, rankTarget, type Target } from "../services/execute";
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
  rank_strategy: z.object({ method: z.string().nullish(), params: z.unknown().optional() }),
  top_k: z.number().int().positive().nullish(),
  account_id: z.string().nullish(),
});
type RankRequest = z.output<typeof ChunksRankSchema>;

const ModelParamsSchema = z.object({
  model_deployment_id: z.string().nullish(),
  model_id: z.string().nullish(),
  base_model_name: z.string().nullish(),
  model_params: PlainObjectSchema.nullish(),
});
const RougeParamsSchema = z.object({
  metric: withDefault(z.string(), "rouge2"),
  score: withDefault(z.enum(["precision", "recall", "fmeasure"]), "recall"),
});
const CROSS_ENCODERS = [
  "cross-encoder/ms-marco-MiniLM-L-12-v2",
  "cross-encoder/mmarco-mMiniLMv2-L12-H384-v1",
] as const;
const CrossEncoderParamsSchema = z.object({
  cross_encoder_model: withDefault(z.enum(CROSS_ENCODERS), CROSS_ENCODERS[0]),
});
const AzureParamsSchema = z.object({ endpoint_url: z.string(), endpoint_api_key: z.string() });

const METHODS = ["cross_encoder", "rouge", "model", "azure_ai_foundry"] as const;
const AVAILABLE = `available here: "rouge" (computed locally), "cross_encoder" (served by a built-in reranker) and "model" with a RERANKING deployment`;

/** The strategy's params with the spec's defaults; issues are placed as pydantic places them (under the tag). */
function paramsOf<S extends z.ZodType>(schema: S, method: string, params: unknown): z.output<S> {
  const input = params ?? {};
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw unprocessable(
    zodIssuesToDetail(result.error, input).map((issue) => ({
      ...issue,
      loc: ["body", "rank_strategy", method, "params", ...issue.loc.slice(1)],
    })),
  );
}

export function chunksRankRoutes(s: Services): Route[] {
  return [
    {
      method: "POST",
      pattern: "/{version:v2|v3|v4}/chunks/rank",
      ...EXECUTE,
      handler: async (req) => {
        const body = await parseBody(req.request, ChunksRankSchema, BODY_LIMITS.execute);
        // Older clients leave the method out and mean a model.
        const method = body.rank_strategy.method ?? "model";
        const params = body.rank_strategy.params;
        const ctx = withCaller(s, req.auth);
        if (method === "rouge") {
          const rouge = paramsOf(RougeParamsSchema, method, params);
          if (!isRougeMetric(rouge.metric))
            throw unprocessable([
              {
                loc: ["body", "rank_strategy", "rouge", "params", "metric"],
                msg: `Unknown ROUGE metric "${rouge.metric}"; use one of ${ROUGE_METRICS.join(", ")}`,
                type: "value_error",
              },
            ]);
          return json({ relevant_chunks: rougeRanked(body, rouge.metric, rouge.score) });
        }
        if (method === "cross_encoder") {
          const { cross_encoder_model } = paramsOf(CrossEncoderParamsSchema, method, params);
          const target = await crossEncoderStandIn(ctx, cross_encoder_model);
          const note = `${cross_encoder_model} does not run in local mode; ranked by the built-in reranker "${target.model.name}" instead`;
          return metered(ctx, target, (t) => rankChunks(t, body, note));
        }
        if (method === "model") {
          const model = paramsOf(ModelParamsSchema, method, params);
          const target = await rankTarget(ctx, model);
          return metered(ctx, target, (t) => rankChunks(t, body));
        }
        if (method === "azure_ai_foundry") {
          paramsOf(AzureParamsSchema, method, params);
          throw unprocessable([
            {
              loc: ["body", "rank_strategy", "azure_ai_foundry", "method"],
              msg: `Azure AI Foundry ranking calls Azure, which local mode does not; ${AVAILABLE}`,
              type: "value_error",
            },
          ]);
        }
        throw unprocessable([
          {
            loc: ["body", "rank_strategy"],
            msg: `Input tag '${method}' found using 'method' does not match any of the expected tags: ${METHODS.map((m) => `'${m}'`).join(", ")}`,
            type: "union_tag_invalid",
          },
        ]);
      },
    },
  ];
}

type Chunk = z.output<typeof ChunkSchema>;

function chunksOf(body: RankRequest): Chunk[] {
  return body.relevant_chunks.map((c, i) =>
    typeof c === "string"
      ? { chunk_id: String(i), text: c, metadata: {}, user_supplied_metadata: {}, score: 0 }
      : c,
  );
}

/** Highest score first (ties keep their order), cut to top_k, with unset optional fields left out. */
function ranked(body: RankRequest, chunks: Chunk[], scores: number[], note?: string) {
  return chunks
    .map((chunk, i) => ({
      ...chunk,
      metadata: note ? { ...chunk.metadata, rank_substitution: note } : (chunk.metadata ?? {}),
      user_supplied_metadata: chunk.user_supplied_metadata ?? {},
      score: scores[i],
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, body.top_k ?? undefined)
    .map((chunk) =>
      Object.fromEntries(Object.entries(chunk).filter(([, v]) => v !== null && v !== undefined)),
    );
}

/** The query is ROUGE's target, each chunk its prediction: recall is the share of the query a chunk covers. */
function rougeRanked(body: RankRequest, metric: RougeMetric, score: keyof RougeScore) {
  const chunks = chunksOf(body);
  return ranked(
    body,
    chunks,
    chunks.map((c) => rouge(metric, body.query, c.text)[score]),
  );
}

/** The engine's own token count of the query and chunks it read is what the execution is metered by. */
async function rankChunks(target: Target, body: RankRequest, note?: string): Promise<Response> {
  const chunks = chunksOf(body);
  const engine = expectKind(target.engine, "reranking", target.model.modelType);
  const { chunk_scores, tokens_used } = await rerank(
    engine,
    body.query,
    chunks.map((c) => c.text),
  );
  target.meter?.add(tokens_used, 0);
  return json({ relevant_chunks: ranked(body, chunks, chunk_scores, note) });
}
