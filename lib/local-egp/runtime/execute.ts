import "server-only";
import type { z } from "zod";
import type {
  ChatMessage,
  EmbeddingEngine,
  Engine,
  GenerationChunk,
  GenerationEngine,
  GenerationParams,
  GenerationResult,
  RerankingEngine,
} from "../engines/types";
import { conflict } from "../http/errors";
import type {
  AgentMessage,
  AgentRequestSchema,
  ChatCompletionRequestSchema,
  ChatMessageV2Schema,
  GenerationKnobs,
} from "../schemas/execute";

type Kinds = { embedding: EmbeddingEngine; reranking: RerankingEngine; generation: GenerationEngine };

export function expectKind<K extends keyof Kinds>(engine: Engine, kind: K, modelType: string): Kinds[K] {
  if (engine.kind !== kind) {
    throw conflict(`This deployment runs a ${engine.kind} engine, which cannot serve ${modelType} requests`);
  }
  return engine as Kinds[K];
}

export async function embed(engine: EmbeddingEngine, texts: string[]) {
  const { vectors, tokens } = texts.length ? await engine.embed(texts) : { vectors: [], tokens: 0 };
  return {
    embeddings: texts.map((text, i) => [text, vectors[i]] as [string, number[]]),
    tokens_used: tokens,
  };
}

export async function rerank(engine: RerankingEngine, query: string, chunks: string[]) {
  const { scores, tokens } = chunks.length ? await engine.rerank(query, chunks) : { scores: [], tokens: 0 };
  return { chunk_scores: scores, tokens_used: tokens };
}

export function generationParams(knobs: GenerationKnobs): GenerationParams {
  return Object.fromEntries(
    Object.entries({
      temperature: knobs.temperature,
      maxTokens: knobs.max_tokens,
      stopSequences: knobs.stop_sequences,
      topP: knobs.top_p,
      topK: knobs.top_k,
    }).filter(([, v]) => v !== null && v !== undefined),
  );
}

export type OnChunk = (chunk: GenerationChunk) => void;

export function completionResponse(prompt: string, result: GenerationResult) {
  return {
    finish_reason: result.finishReason,
    prompt_tokens: result.promptTokens,
    response_tokens: result.completionTokens,
    completions: [[prompt, [result.text]]] as [string, string[]][],
  };
}

type UserContent = string | { type: string; text?: string }[];
const textOf = (content: UserContent) =>
  typeof content === "string"
    ? content
    : content.map((p) => (p.type === "text" ? (p.text ?? "") : "")).join("");

export function chatMessagesV2(req: z.output<typeof ChatCompletionRequestSchema>): ChatMessage[] {
  const history = req.chat_history.map((m: z.output<typeof ChatMessageV2Schema>) => ({
    role: m.role,
    content: textOf(m.content as UserContent),
  }));
  return [...history, { role: "user", content: req.prompt }];
}

/** scale_egp / agent messages: "agent" is the assistant, and its tool_request becomes the engine's toolCall. */
export function agentMessages(messages: AgentMessage[]): ChatMessage[] {
  return messages.map((m): ChatMessage => {
    switch (m.role) {
      case "tool":
        return { role: "tool", name: m.name, content: m.content };
      case "agent":
        return {
          role: "assistant",
          content: m.content ?? (m.tool_request ? JSON.stringify(m.tool_request) : ""),
        };
      case "user":
        return { role: "user", content: textOf(m.content as UserContent) };
      default:
        return { role: m.role, content: m.content };
    }
  });
}

export async function runAgent(
  engine: GenerationEngine,
  req: z.output<typeof AgentRequestSchema>,
  signal?: AbortSignal,
) {
  let messages = agentMessages(req.messages);
  const k = req.memory_strategy?.params.k;
  if (k) messages = messages.slice(-k);
  if (req.instructions) messages = [{ role: "system", content: req.instructions }, ...messages];
  const tools = req.tools.map((t) => ({ name: t.name, description: t.description, parameters: t.arguments }));
  const result = await engine.chat(messages, { tools }, { signal });
  if (result.toolCall) {
    return { action: "tool_request" as const, context: { content: null, tool_request: result.toolCall } };
  }
  return { action: "content" as const, context: { content: result.text, tool_request: null } };
}
