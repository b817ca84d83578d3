import "server-only";
import { z } from "zod";
import type { GenerationEngine, GenerationResult } from "../engines/types";
import { RuleViolation } from "../domain/errors";
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
import type { Target, UsageMeter } from "../services/execute";
import { json } from "./respond";

const withStream = { stream: z.boolean().nullish() };
const hasKey = (input: unknown, key: string) =>
  typeof input === "object" && input !== null && Object.hasOwn(input, key);

type Run = (onChunk: OnChunk | undefined, signal: AbortSignal | undefined) => Promise<GenerationResult>;

const counted = (meter: UsageMeter | undefined, result: GenerationResult) => {
  meter?.add(result.promptTokens, result.completionTokens);
  return result;
};

/**
 * Streams CompletionResponse chunks; the last frame carries finish_reason and token counts. A stream's
 * usage is recorded when it ends, before its last frame, so a reader that saw the end sees it counted.
 */
function generate(
  prompt: string,
  stream: boolean | null | undefined,
  run: Run,
  signal?: AbortSignal,
  meter?: UsageMeter,
) {
  if (!stream)
    return run(undefined, signal).then((result) => json(completionResponse(prompt, counted(meter, result))));
  const done = meter?.defer();
  return Promise.resolve(
    sseResponse(async (send, signal) => {
      let result: GenerationResult;
      try {
        result = await run((chunk) => send({ completions: [[prompt, [chunk.text]]] }), signal);
      } catch (error) {
        await done?.(true);
        throw error;
      }
      counted(meter, result);
      await done?.(false);
      return { ...completionResponse(prompt, result), completions: [[prompt, [""]]] };
    }),
  );
}

export async function executeEmbedding(target: Target, input: unknown, schema = EmbeddingRequestSchema) {
  const req = parseValue(input, schema);
  // The engine counts the tokens it embedded (its tokenizer, or words where it has none).
  const result = await embed(expectKind(target.engine, "embedding", target.model.modelType), req.texts);
  target.meter?.add(result.tokens_used, 0);
  return json(result);
}

export async function executeReranking(target: Target, input: unknown, schema = RerankingRequestSchema) {
  const req = parseValue(input, schema);
  // As for embeddings: the engine's own count of the query and chunks it read.
  const result = await rerank(
    expectKind(target.engine, "reranking", target.model.modelType),
    req.query,
    req.chunks,
  );
  target.meter?.add(result.tokens_used, 0);
  return json(result);
}

export async function executeCompletion(target: Target, input: unknown): Promise<Response> {
  const engine = expectKind(target.engine, "generation", target.model.modelType);
  if (hasKey(input, "prompts")) {
    const req = parseValue(input, OldCompletionRequestSchema);
    if (req.stream)
      return generate(
        req.prompts.join("\n"),
        true,
        (onChunk, signal) =>
          engine.complete(req.prompts.join("\n"), generationParams(req), { onChunk, signal }),
        undefined,
        target.meter,
      );
    const many = await completeMany(engine, req.prompts, generationParams(req), target.signal);
    target.meter?.add(many.prompt_tokens, many.response_tokens);
    return json(many);
  }
  const req = parseValue(input, CompletionRequestSchema);
  return generate(
    req.prompt,
    req.stream,
    (onChunk, signal) => engine.complete(req.prompt, generationParams(req), { onChunk, signal }),
    target.signal,
    target.meter,
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
    if (req.stream) return generate(last, true, run, undefined, target.meter);
    const result = counted(target.meter, await run(undefined, target.signal));
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
    target.meter,
  );
}

export async function executeAgent(target: Target, input: unknown): Promise<Response> {
  const req = parseValue(input, AgentRequestSchema);
  return json(
    await runAgent(expectKind(target.engine, "generation", target.model.modelType), req, target.signal, (r) =>
      counted(target.meter, r),
    ),
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
      throw new RuleViolation(
        `Models of type ${target.model.modelType} cannot execute in local mode; execute a COMPLETION, CHAT_COMPLETION, AGENT, EMBEDDING or RERANKING model`,
      );
  }
}
