/**
 * The contract between the local runtime and the engines that execute models.
 * Engines never see HTTP or SQL: the runtime hands them a spec and plain inputs.
 */

import type { LocalImage } from "@/lib/templates/local-images";
import type { TunedWeights } from "../training/weights";

/** Images that run in-process. A template whose bundle_config.registry is not "local" is a container image. */
export { LOCAL_IMAGES, LOCAL_REGISTRY, type LocalImage } from "@/lib/templates/local-images";

export type EngineSpec = {
  image: LocalImage;
  /** bundle_config.env merged with the model's creation parameters (parameters win). */
  config: Record<string, string | number | boolean>;
  /** A locally fine-tuned model's learned weights, applied over the image's own engine. */
  tuned?: TunedWeights;
};

export type GenerationParams = {
  temperature?: number;
  maxTokens?: number;
  stopSequences?: string[];
  topP?: number;
  topK?: number;
};

/** `id` pairs a call with its result; engines that see none (GGUF) or old clients leave it out. */
export type ToolCall = { id?: string; name: string; arguments: string };

export type ChatMessage =
  | {
      role: "system" | "user" | "assistant";
      content: string;
      /** Assistant turns only: the tools the model asked for, in order (EGP agent `tool_calls`). */
      toolCalls?: ToolCall[];
    }
  | { role: "tool"; name: string; content: string; toolCallId?: string };

export type ToolDefinition = { name: string; description: string; parameters: Record<string, unknown> };

export type GenerationChunk = { text: string };
export type GenerationResult = {
  text: string;
  finishReason: "stop" | "length" | "tool_call" | "cancelled";
  promptTokens: number;
  completionTokens: number;
  /** Non-empty with finishReason "tool_call"; each `arguments` is a JSON-serialised object. */
  toolCalls?: ToolCall[];
};

export interface EmbeddingEngine {
  kind: "embedding";
  dimensions: number;
  embed(texts: string[]): Promise<{ vectors: number[][]; tokens: number }>;
  dispose(): Promise<void>;
}

export interface RerankingEngine {
  kind: "reranking";
  /** Scores in the order of the input chunks, each in [0, 1]. */
  rerank(query: string, chunks: string[]): Promise<{ scores: number[]; tokens: number }>;
  dispose(): Promise<void>;
}

export interface GenerationEngine {
  kind: "generation";
  /** Streams text deltas through onChunk and resolves with the whole result. */
  complete(
    prompt: string,
    params: GenerationParams,
    opts?: { signal?: AbortSignal; onChunk?: (c: GenerationChunk) => void },
  ): Promise<GenerationResult>;
  chat(
    messages: ChatMessage[],
    params: GenerationParams & { tools?: ToolDefinition[] },
    opts?: { signal?: AbortSignal; onChunk?: (c: GenerationChunk) => void },
  ): Promise<GenerationResult>;
  dispose(): Promise<void>;
}

export type Engine = EmbeddingEngine | RerankingEngine | GenerationEngine;

/** A load failure whose message a person can act on (it becomes the deployment's failure reason). */
export class EngineLoadError extends Error {
  override name = "EngineLoadError";
}

/** A failure while running a loaded engine (upstream HTTP error, timeout); safe to show, never holds a key. */
export class EngineRequestError extends Error {
  override name = "EngineRequestError";
  constructor(
    message: string,
    /** The upstream HTTP status, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}
