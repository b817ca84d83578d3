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
import { toAgentResponse, type AgentResponse } from "../engines/agent/to-agent-response";
import { RuleViolation } from "../domain/errors";
import type {
  AgentMessage,
  AgentRequestSchema,
  ChatCompletionRequestSchema,
  ChatMessageV2Schema,
  GenerationKnobs,
} from "../schemas/execute";

type Kinds = { embedding: EmbeddingEngine; reranking: RerankingEngine; generation: GenerationEngine };

/** What each engine kind serves, in the words of model types. */
const SERVES: Record<keyof Kinds, string> = {
  embedding: "EMBEDDING",
  reranking: "RERANKING",
  generation: "COMPLETION, CHAT_COMPLETION or AGENT",
};

/** The route asks for a kind of engine; a deployment of another model type is refused for good (400). */
export function expectKind<K extends keyof Kinds>(engine: Engine, kind: K, modelType: string): Kinds[K] {
  if (engine.kind !== kind) {
    throw new RuleViolation(
      `This deployment's model is of type ${modelType}; ${kind} requests need a deployment of a ${SERVES[kind]} model`,
    );
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
      topP: knobs.top_p == null ? undefined : Math.min(1, Math.max(0, knobs.top_p)),
      topK: knobs.top_k == null ? undefined : Math.max(0, Math.floor(knobs.top_k)),
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

/**
 * scale_egp / agent messages: "agent" is the assistant, and its `tool_calls` (or the spec's single
 * `tool_request`) become the engine's toolCalls, so the calls reach the model as calls, never as text.
 */
export function agentMessages(messages: AgentMessage[]): ChatMessage[] {
  return messages.map((m): ChatMessage => {
    switch (m.role) {
      case "tool":
        return {
          role: "tool",
          name: m.name,
          content: m.content,
          ...(m.tool_call_id ? { toolCallId: m.tool_call_id } : {}),
        };
      case "agent": {
        const calls: { id?: string | null; name: string; arguments: string }[] = m.tool_calls?.length
          ? m.tool_calls
          : m.tool_request
            ? [m.tool_request]
            : [];
        const toolCalls = calls.map((c) => ({
          ...(c.id ? { id: c.id } : {}),
          name: c.name,
          arguments: c.arguments,
        }));
        return { role: "assistant", content: m.content ?? "", ...(toolCalls.length ? { toolCalls } : {}) };
      }
      case "user":
        return { role: "user", content: textOf(m.content as UserContent) };
      default:
        return { role: m.role, content: m.content };
    }
  });
}

/** The last k messages, reaching back so that kept tool results keep the turn that called them. */
function lastK(messages: ChatMessage[], k: number): ChatMessage[] {
  let start = Math.max(0, messages.length - k);
  while (start > 0 && messages[start].role === "tool") start--;
  return messages.slice(start);
}

export async function runAgent(
  engine: GenerationEngine,
  req: z.output<typeof AgentRequestSchema>,
  signal?: AbortSignal,
  onResult?: (result: GenerationResult) => void,
  params: GenerationParams = {},
): Promise<AgentResponse> {
  let messages = agentMessages(req.messages);
  const k = req.memory_strategy?.params.k;
  if (k) messages = lastK(messages, k);
  if (req.instructions) messages = [{ role: "system", content: req.instructions }, ...messages];
  const tools = req.tools.map((t) => ({ name: t.name, description: t.description, parameters: t.arguments }));
  const result = await engine.chat(messages, { ...params, tools }, { signal });
  onResult?.(result);
  return toAgentResponse(result);
}
