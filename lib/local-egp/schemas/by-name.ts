import { z } from "zod";
import {
  CreateChatCompletionRequestModelValues,
  ExecuteAgentRequestModelValues,
  InferenceModelVendorValues,
  ModelParametersReasoningEffortValues,
} from "@/lib/egp/enums.gen";
import { jsonObject } from "@/lib/schemas/json-field";
import { AgentMessageSchema, ChatMessageV2Schema } from "./execute";

/**
 * Request bodies of inference by model name: the v2–v4 `completions`, `chat-completions` and
 * `agents/execute` routes (EGP's own shapes) and the OpenAI-like v5 / v4 beta routes. Unknown keys are
 * ignored, as pydantic does by default; the v5 bodies keep them (the spec's schemas are open).
 */

/** ModelParameters: temperature 0..1 here (the deployment routes allow 0..2), camelCase topP/topK. */
export const ModelParametersSchema = z.object({
  temperature: z.number().min(0).max(1).nullish(),
  stop_sequences: z.array(z.string()).max(4).nullish(),
  max_tokens: z.number().int().nullish(),
  topP: z.number().nullish(),
  topK: z.number().int().nullish(),
  frequency_penalty: z.number().nullish(),
  presence_penalty: z.number().nullish(),
  reasoning_effort: z.enum(ModelParametersReasoningEffortValues).nullish(),
});
export type ModelParameters = z.output<typeof ModelParametersSchema>;

const memoryStrategy = z
  .object({ name: z.literal("last_k").default("last_k"), params: z.object({ k: z.number().int().min(1) }) })
  .nullish();

export const CreateCompletionRequestSchema = z.object({
  account_id: z.string().nullish(),
  /** Any string: the spec lists built-in names and allows a custom model's. */
  model: z.string(),
  prompt: z.string(),
  images: z.array(z.object({ image_url: z.string(), detail: z.string().nullish() })).nullish(),
  model_parameters: ModelParametersSchema.nullish(),
  stream: z.boolean().nullish(),
});

export const CHAT_DEFAULT_INSTRUCTIONS =
  "You are an AI assistant that helps users with their questions by chatting back and forth with them. When asked a question, you should answer it as best as you can with the information you have. If you need more information, you can ask the user for it.";
export const AGENT_DEFAULT_INSTRUCTIONS =
  "You are an AI assistant that helps users with their questions. You can answer questions directly or acquire information from any of the attached tools to assist you. Always answer the user's most recent query to the best of your knowledge.\n\nWhen asked about what tools are available, you must list each attached tool's name and description. When asked about what you can do, mention that in addition to your normal capabilities, you can also use the attached tools by listing their names and descriptions. You cannot use any other tools other than the ones provided to you explicitly.";

/** The spec's `model` here is a closed enum of Scale's names; which of them run locally is configuration. */
export const CreateChatCompletionRequestSchema = z.object({
  account_id: z.string().nullish(),
  model: z.enum(CreateChatCompletionRequestModelValues),
  memory_strategy: memoryStrategy,
  messages: z.array(ChatMessageV2Schema),
  model_parameters: ModelParametersSchema.nullish(),
  instructions: z.string().nullish(),
  chat_template: z.string().nullish(),
  stream: z.boolean().nullish(),
});

const ByNameToolSchema = z.object({
  name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
  description: z.string(),
  arguments: z.object({ type: z.literal("object"), properties: jsonObject().nullish() }),
});

export const ExecuteAgentRequestSchema = z.object({
  model: z.enum(ExecuteAgentRequestModelValues),
  memory_strategy: memoryStrategy,
  tools: z.array(ByNameToolSchema),
  messages: z.array(AgentMessageSchema),
  model_parameters: ModelParametersSchema.nullish(),
  instructions: z.string().nullish(),
});

const stop = z.union([z.string(), z.array(z.string())]).nullish();
const int = z.number().int().nullish();

/** v5 `/completions` (OpenAI's text completion request; extra keys are kept, as the spec's schema is open). */
export const V5CompletionRequestSchema = z.looseObject({
  model: z.string(),
  prompt: z.union([z.string(), z.array(z.string())]),
  stream: z.boolean().nullish(),
  best_of: int,
  echo: z.boolean().nullish(),
  frequency_penalty: z.number().nullish(),
  logit_bias: z.record(z.string(), z.number().int()).nullish(),
  logprobs: int,
  max_tokens: int,
  n: int,
  presence_penalty: z.number().nullish(),
  seed: int,
  stop,
  stream_options: jsonObject().nullish(),
  suffix: z.string().nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  user: z.string().nullish(),
});

/** v5 `/chat/completions` (OpenAI's chat request; messages are open objects, read by role). */
export const V5ChatCompletionRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({})),
  top_k: int,
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  function_call: jsonObject().nullish(),
  functions: z.array(z.looseObject({})).nullish(),
  logit_bias: z.record(z.string(), z.number().int()).nullish(),
  logprobs: z.boolean().nullish(),
  max_completion_tokens: int,
  max_tokens: int,
  metadata: z.record(z.string(), z.string()).nullish(),
  modalities: z.array(z.string()).nullish(),
  n: int,
  parallel_tool_calls: z.boolean().nullish(),
  prediction: jsonObject().nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  reasoning_effort: z.string().nullish(),
  response_format: jsonObject().nullish(),
  seed: int,
  stop,
  store: z.boolean().nullish(),
  stream: z.boolean().nullish(),
  stream_options: jsonObject().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  tool_choice: z.union([z.string(), jsonObject()]).nullish(),
  tools: z.array(z.looseObject({})).nullish(),
  top_logprobs: z.number().int().min(0).max(20).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  audio: jsonObject().nullish(),
});

export const V5ModelListQuerySchema = z.object({
  model_vendor: z.enum(InferenceModelVendorValues).nullish(),
  starting_after: z.string().nullish(),
  ending_before: z.string().nullish(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** `GET /local/served-models?use=completion|chat|agent` (not in the spec). */
export const ServedModelsQuerySchema = z.object({ use: z.enum(["completion", "chat", "agent"]).nullish() });
