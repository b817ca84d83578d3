import { z } from "zod";
import { AgentActionValues, CompletionRequestV2ReasoningEffortValues } from "@/lib/egp/enums.gen";
import { BODY_LIMITS } from "@/lib/limits";
import { jsonObject, jsonValue } from "@/lib/schemas/json-field";

const scalar = z.union([z.string(), z.number(), z.boolean()]);
export const ParameterBindingsSchema = z.strictObject({ bindings: z.record(z.string(), scalar) });
const bindings = ParameterBindingsSchema.nullish();

export const EmbeddingRequestSchema = z.strictObject({
  model_request_parameters: bindings,
  texts: z.array(z.string()),
});
export const RerankingRequestSchema = z.strictObject({
  model_request_parameters: bindings,
  query: z.string(),
  chunks: z.array(z.string()),
});

const knobs = {
  model_request_parameters: bindings,
  temperature: z.number().min(0).max(2).nullish(),
  stop_sequences: z.array(z.string()).max(4).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  // The spec bounds neither: the engines receive them clamped (runtime/execute.ts generationParams).
  top_p: z.number().nullish(),
  top_k: z.number().nullish(),
  frequency_penalty: z.number().nullish(),
  presence_penalty: z.number().nullish(),
  stream: z.boolean().nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().nullish(),
  chat_template: z.string().nullish(),
  chat_template_kwargs: jsonObject().nullish(),
  reasoning_effort: z.enum(CompletionRequestV2ReasoningEffortValues).nullish(),
};
export type GenerationKnobs = { [K in keyof typeof knobs]?: z.output<(typeof knobs)[K]> };

export const CompletionRequestSchema = z.strictObject({ ...knobs, prompt: z.string() });
/** The v3 CompletionRequest (scale_egp 1.1.x): plural prompts, the same knobs as the v4 one. */
export const OldCompletionRequestSchema = z.strictObject({ ...knobs, prompts: z.array(z.string()) });

// Each part's `type` has a default in the spec, so a part may leave it out.
const TextPartSchema = z.object({ type: z.literal("text").default("text"), text: z.string() });
const ContentPartSchema = z.union([
  TextPartSchema,
  // Images travel inline as base64, so they may use the whole execute body.
  z.object({
    type: z.literal("image_url").default("image_url"),
    image_url: jsonValue({ bytes: BODY_LIMITS.execute }),
  }),
  z.object({
    type: z.literal("image_data").default("image_data"),
    image_data: jsonValue({ bytes: BODY_LIMITS.execute }),
  }),
]);
const userContent = z.union([z.string(), z.array(ContentPartSchema)]);

export const ChatMessageV2Schema = z.union([
  z.object({ role: z.literal("user").default("user"), content: userContent }),
  z.object({ role: z.literal("assistant"), content: z.string() }),
  z.object({ role: z.literal("system"), content: z.string() }),
]);
export const ChatCompletionRequestSchema = z.strictObject({
  ...knobs,
  chat_history: z.array(ChatMessageV2Schema),
  prompt: z.string(),
});

const ToolRequestSchema = z.object({ name: z.string(), arguments: z.string() });
/** Extension: every call of an agent turn with the id its tool result names in `tool_call_id`. */
const ToolCallSchema = z.object({ id: z.string().nullish(), name: z.string(), arguments: z.string() });
export const AgentMessageSchema = z.union([
  z.object({ role: z.literal("user"), content: userContent }),
  z.object({ role: z.literal("system"), content: z.string() }),
  z.object({ role: z.literal("assistant"), content: z.string() }),
  z.object({
    role: z.literal("agent"),
    content: z.string().nullish(),
    tool_request: ToolRequestSchema.nullish(),
    tool_calls: z.array(ToolCallSchema).max(128).nullish(),
  }),
  z.object({
    role: z.literal("tool"),
    name: z.string(),
    content: z.string(),
    tool_call_id: z.string().nullish(),
  }),
]);
export type AgentMessage = z.output<typeof AgentMessageSchema>;

/** scale_egp's chat request: `messages` instead of chat_history + prompt. */
export const OldChatCompletionRequestSchema = z.strictObject({
  model_request_parameters: bindings,
  temperature: z.number().min(0).max(2).nullish(),
  stop_sequences: z.array(z.string()).max(4).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().nullish(),
  messages: z.array(AgentMessageSchema).min(1),
});

export const ToolSchema = z.object({
  name: z.string(),
  description: z.string(),
  arguments: z.object({ type: z.literal("object"), properties: jsonObject().nullish() }),
});
export const AgentRequestSchema = z.strictObject({
  model_request_parameters: bindings,
  memory_strategy: z
    .object({ name: z.literal("last_k").default("last_k"), params: z.object({ k: z.number().int().min(1) }) })
    .nullish(),
  tools: z.array(ToolSchema),
  messages: z.array(AgentMessageSchema),
  instructions: z.string().nullish(),
  stream: z.boolean().nullish(),
});

const CompletionResponseSchema = z.strictObject({
  finish_reason: z.string().optional(),
  prompt_tokens: z.number().int().default(0),
  response_tokens: z.number().int().default(0),
  completions: z.array(z.tuple([z.string(), z.array(z.string())])),
});
const EmbeddingResponseSchema = z.strictObject({
  embeddings: z.array(z.tuple([z.string(), z.array(z.number())])),
  tokens_used: z.number().int().default(0),
});
const RerankingResponseSchema = z.strictObject({
  chunk_scores: z.array(z.number()),
  tokens_used: z.number().int().default(0),
});
const AgentResponseSchema = z.strictObject({
  action: z.enum(AgentActionValues),
  context: z.object({
    content: z.string().nullable(),
    tool_request: ToolRequestSchema.nullable(),
    tool_calls: z.array(ToolCallSchema.extend({ id: z.string() })).optional(),
  }),
});

export const MODEL_TYPE_SCHEMAS = {
  EMBEDDING: { request: EmbeddingRequestSchema, response: EmbeddingResponseSchema },
  RERANKING: { request: RerankingRequestSchema, response: RerankingResponseSchema },
  COMPLETION: { request: CompletionRequestSchema, response: CompletionResponseSchema },
  CHAT_COMPLETION: { request: ChatCompletionRequestSchema, response: CompletionResponseSchema },
  AGENT: { request: AgentRequestSchema, response: AgentResponseSchema },
} as const;
