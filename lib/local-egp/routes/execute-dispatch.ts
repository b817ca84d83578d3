import "server-only";
import { z } from "zod";
import type { GenerationEngine, GenerationResult } from "../engines/types";
import { Invalid } from "../domain/errors";
import { sseResponse } from "../http/sse";
import { parseValue } from "../http/validation";
import {
  agentMessages,
  chatMessagesV2,
  completionResponse,
  embed,
  expectKind,
  generationParams,
  rerank,
  runAgent,
  type OnChunk,
} from "../runtime/execute";
import {
  AgentRequestSchema,
  ChatCompletionRequestSchema,
  CompletionRequestSchema,
  EmbeddingRequestSchema,
  OldChatCompletionRequestSchema,
  OldCompletionRequestSchema,
  RerankingRequestSchema,
} from "../schemas/execute";
import type { Target } from "../services/execute";
import { json } from "./respond";

const withStream = { stream: z.boolean().nullish() };
const hasKey = (input: unknown, key: string) =>
  typeof input === "object" && input !== null && Object.hasOwn(input, key);

type Run = (onChunk: OnChunk | undefined, signal: AbortSignal | undefined) => Promise<GenerationResult>;

/** Streams CompletionResponse chunks; the last frame carries finish_reason and token counts. */
function generate(
  prompt: string,
  stream: boolean | null | undefined,
  run: Run,
  signal?: AbortSignal,
  toBody = completionResponse,
) {
  if (!stream) return run(undefined, signal).then((result) => json(toBody(prompt, result)));
  return Promise.resolve(
    sseResponse(async (send, signal) => {
      const result = await run((chunk) => send({ completions: [[prompt, [chunk.text]]] }), signal);
      return { ...completionResponse(prompt, result), completions: [[prompt, [""]]] };
    }),
  );
}

export async function executeEmbedding(target: Target, input: unknown, schema = EmbeddingRequestSchema) {
  const req = parseValue(input, schema);
  return json(await embed(expectKind(target.engine, "embedding", target.model.modelType), req.texts));
}

export async function executeReranking(target: Target, input: unknown, schema = RerankingRequestSchema) {
  const req = parseValue(input, schema);
  return json(
    await rerank(expectKind(target.engine, "reranking", target.model.modelType), req.query, req.chunks),
  );
}

export async function executeCompletion(target: Target, input: unknown): Promise<Response> {
  const engine = expectKind(target.engine, "generation", target.model.modelType);
  if (hasKey(input, "prompts")) {
    const req = parseValue(input, OldCompletionRequestSchema);
    if (req.stream)
      return generate(req.prompts.join("\n"), true, (onChunk, signal) =>
        engine.complete(req.prompts.join("\n"), generationParams(req), { onChunk, signal }),
      );
    return json(await completeMany(engine, req.prompts, generationParams(req), target.signal));
  }
  const req = parseValue(input, CompletionRequestSchema);
  return generate(
    req.prompt,
    req.stream,
    (onChunk, signal) => engine.complete(req.prompt, generationParams(req), { onChunk, signal }),
    target.signal,
  );
}

/** scale_egp sends several prompts; they run one after another on the one engine. */
async function completeMany(
  engine: GenerationEngine,
  prompts: string[],
  params: ReturnType<typeof generationParams>,
  signal?: AbortSignal,
) {
  const completions: [string, string[]][] = [];
  let prompt_tokens = 0;
  let response_tokens = 0;
  let finish_reason = "stop";
  for (const prompt of prompts) {
    const result = await engine.complete(prompt, params, { signal });
    completions.push([prompt, [result.text]]);
    prompt_tokens += result.promptTokens;
    response_tokens += result.completionTokens;
    finish_reason = result.finishReason;
  }
  return { finish_reason, prompt_tokens, response_tokens, completions };
}

export async function executeChat(target: Target, input: unknown): Promise<Response> {
  const engine = expectKind(target.engine, "generation", target.model.modelType);
  if (hasKey(input, "messages")) {
    const req = parseValue(input, OldChatCompletionRequestSchema);
    const messages = agentMessages(req.messages);
    const last = messages.at(-1)?.content ?? "";
    const run: Run = (onChunk, signal) => engine.chat(messages, generationParams(req), { onChunk, signal });
    if (req.stream) return generate(last, true, run);
    const result = await run(undefined, target.signal);
    // scale_egp's ChatCompletionResponse forbids extra keys: exactly message + finish_reason.
    return json({ message: { role: "assistant", content: result.text }, finish_reason: result.finishReason });
  }
  const req = parseValue(input, ChatCompletionRequestSchema);
  const messages = chatMessagesV2(req);
  return generate(
    req.prompt,
    req.stream,
    (onChunk, signal) => engine.chat(messages, generationParams(req), { onChunk, signal }),
    target.signal,
  );
}

export async function executeAgent(target: Target, input: unknown): Promise<Response> {
  const req = parseValue(input, AgentRequestSchema);
  return json(
    await runAgent(expectKind(target.engine, "generation", target.model.modelType), req, target.signal),
  );
}

/** The generic execute route: the body is the model type's request, plus `stream`. */
export function executeByModelType(target: Target, input: unknown): Promise<Response> {
  switch (target.model.modelType) {
    case "EMBEDDING":
      return executeEmbedding(target, input, EmbeddingRequestSchema.extend(withStream));
    case "RERANKING":
      return executeReranking(target, input, RerankingRequestSchema.extend(withStream));
    case "COMPLETION":
      return executeCompletion(target, input);
    case "CHAT_COMPLETION":
      return executeChat(target, input);
    case "AGENT":
      return executeAgent(target, input);
    default:
      throw new Invalid(`Models of type ${target.model.modelType} cannot execute in local mode`);
  }
}
