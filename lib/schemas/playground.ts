import { z } from "zod";
import type { ModelType } from "../egp/types";
import { jsonObject } from "./json-field";

/** Model types the playground can run; the per-type UI registry lists exactly these. */
export const PLAYGROUND_MODEL_TYPES = [
  "EMBEDDING",
  "RERANKING",
  "COMPLETION",
  "CHAT_COMPLETION",
  "AGENT",
] as const satisfies readonly ModelType[];
export type PlaygroundModelType = (typeof PLAYGROUND_MODEL_TYPES)[number];

const text = z.string().max(100_000);

export const embeddingRequestSchema = z.strictObject({
  texts: z.array(text).min(1, "Add at least one text").max(256),
});

export const rerankingRequestSchema = z.strictObject({
  query: z.string().trim().min(1, "Enter a query").max(10_000),
  chunks: z.array(text).min(1, "Add at least one chunk").max(500),
});

// Messages are whole sentences in the form's words: they show under the field and beside Run.
const TEMPERATURE = "Temperature must be between 0 and 2";
const MAX_TOKENS = "Max tokens must be a whole number from 1 to 32768";
const knobs = {
  temperature: z.number({ error: TEMPERATURE }).min(0, TEMPERATURE).max(2, TEMPERATURE).optional(),
  max_tokens: z
    .number({ error: MAX_TOKENS })
    .int(MAX_TOKENS)
    .min(1, "Max tokens must be at least 1")
    .max(32_768, MAX_TOKENS)
    .optional(),
  stop_sequences: z
    .array(z.string().min(1, "A stop sequence cannot be empty"))
    .max(4, "At most 4 stop sequences")
    .optional(),
  stream: z.boolean().optional(),
};
const filled = (message: string) => text.refine((value) => value.trim() !== "", message);

export const completionRequestSchema = z.strictObject({ ...knobs, prompt: filled("Enter a prompt") });

export const chatMessageSchema = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: text,
});
export const chatRequestSchema = z.strictObject({
  ...knobs,
  chat_history: z.array(chatMessageSchema).max(500),
  prompt: filled("Enter a message to send"),
});

export const toolSchema = z.object({
  name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "Letters, digits, _ and -, up to 64"),
  description: z.string().max(10_000),
  arguments: z.object({
    type: z.literal("object"),
    properties: jsonObject().optional(),
  }),
});
const toolRequestSchema = z.object({ name: z.string().max(200), arguments: text });
/** Every call of an agent turn with the id its result names (the embedded server sends these). */
const toolCallSchema = toolRequestSchema.extend({ id: z.string().min(1).max(200) });
export const agentMessageSchema = z.union([
  z.object({ role: z.enum(["user", "system"]), content: text }),
  z.object({
    role: z.literal("agent"),
    content: z.string().nullish(),
    tool_request: toolRequestSchema.nullish(),
    tool_calls: z.array(toolCallSchema).max(128).optional(),
  }),
  z.object({
    role: z.literal("tool"),
    name: z.string().min(1),
    content: text,
    tool_call_id: z.string().min(1).max(200).optional(),
  }),
]);
export const agentRequestSchema = z.strictObject({
  instructions: z.string().max(50_000).optional(),
  tools: z.array(toolSchema).max(64),
  messages: z.array(agentMessageSchema).min(1, "Add a message").max(500),
});

const ids = { modelId: z.string().min(1).max(200), deploymentId: z.string().min(1).max(200) };
/** What a run's history shows it ran on (the model's display name); never sent upstream. */
const runLabel = { label: z.string().max(300).optional() };

/** Body of POST /api/playground/execute: the request is checked against its model type's shape. */
export const executeBodySchema = z.discriminatedUnion("modelType", [
  z.object({ ...ids, ...runLabel, modelType: z.literal("EMBEDDING"), request: embeddingRequestSchema }),
  z.object({ ...ids, ...runLabel, modelType: z.literal("RERANKING"), request: rerankingRequestSchema }),
  z.object({ ...ids, ...runLabel, modelType: z.literal("COMPLETION"), request: completionRequestSchema }),
  z.object({ ...ids, ...runLabel, modelType: z.literal("CHAT_COMPLETION"), request: chatRequestSchema }),
  z.object({ ...ids, ...runLabel, modelType: z.literal("AGENT"), request: agentRequestSchema }),
]);
export type ExecuteBody = z.infer<typeof executeBodySchema>;

/** Body of POST /api/playground/validate: a request to check against the model's request_schema. */
export const validateBodySchema = z.object({
  modelId: ids.modelId,
  request: jsonObject(),
});
export type ValidateBody = z.infer<typeof validateBodySchema>;

/** Body of POST /api/playground/rank: chunks rank with the model strategy on one deployment. */
export const rankBodySchema = z.object({
  deploymentId: ids.deploymentId,
  query: rerankingRequestSchema.shape.query,
  chunks: rerankingRequestSchema.shape.chunks,
  top_k: z.number().int().positive().max(500).optional(),
});
export type RankBody = z.infer<typeof rankBodySchema>;

export type EmbeddingRequest = z.infer<typeof embeddingRequestSchema>;
export type RerankingRequest = z.infer<typeof rerankingRequestSchema>;
export type CompletionRequest = z.infer<typeof completionRequestSchema>;
export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type ChatMessage = z.infer<typeof chatMessageSchema>;
export type AgentRequest = z.infer<typeof agentRequestSchema>;
export type AgentMessage = z.infer<typeof agentMessageSchema>;
export type Tool = z.infer<typeof toolSchema>;

export type EmbeddingResponse = { embeddings: [string, number[]][]; tokens_used?: number };
export type RerankingResponse = { chunk_scores: number[]; tokens_used?: number };
export type CompletionResponse = {
  finish_reason?: string | null;
  prompt_tokens?: number;
  response_tokens?: number;
  completions: [string, string[]][];
};
export type ToolRequest = z.infer<typeof toolRequestSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;
export type AgentResponse = {
  action: "tool_request" | "content";
  context: {
    content?: string | null;
    tool_request?: ToolRequest | null;
    /** Sent by the embedded server (and any EGP that keeps call ids); absent from the spec's shape. */
    tool_calls?: ToolCall[] | null;
  };
};
export type RankedChunk = { chunk_id: string; text: string; score: number };
export type RankResponse = { relevant_chunks: RankedChunk[] };
