import type { CompletionState } from "./completion-stream";
import type { AgentResponse, EmbeddingResponse, RerankingResponse } from "../schemas/playground";

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** What a saved run's list row says about its output, and the tokens it used when the answer says so. */
export function describeOutput(
  modelType: string,
  input: Record<string, unknown>,
  output: unknown,
): { summary: string; tokens: number | null } {
  if (output === null || output === undefined || typeof output !== "object") {
    return { summary: "", tokens: null };
  }
  switch (modelType) {
    case "EMBEDDING": {
      const r = output as EmbeddingResponse;
      if (!Array.isArray(r.embeddings)) break;
      const dimensions = r.embeddings[0]?.[1]?.length ?? 0;
      return {
        summary: `${counted(r.embeddings.length, "vector")} × ${counted(dimensions, "dimension")}`,
        tokens: typeof r.tokens_used === "number" ? r.tokens_used : null,
      };
    }
    case "RERANKING": {
      const r = output as RerankingResponse;
      if (!Array.isArray(r.chunk_scores)) break;
      const chunks = Array.isArray(input.chunks) ? (input.chunks as unknown[]) : [];
      const best = r.chunk_scores.indexOf(Math.max(...r.chunk_scores));
      const top = typeof chunks[best] === "string" ? (chunks[best] as string) : "";
      return {
        summary: `Top: “${top.slice(0, 80)}”`,
        tokens: typeof r.tokens_used === "number" ? r.tokens_used : null,
      };
    }
    case "COMPLETION":
    case "CHAT_COMPLETION": {
      const s = output as CompletionState;
      if (typeof s.text !== "string") break;
      return {
        summary: s.text.slice(0, 120) || "(empty)",
        tokens:
          s.promptTokens !== null || s.responseTokens !== null
            ? (s.promptTokens ?? 0) + (s.responseTokens ?? 0)
            : null,
      };
    }
    case "AGENT": {
      const r = output as AgentResponse;
      if (!r.context) break;
      return {
        summary:
          r.action === "tool_request"
            ? `Tool request: ${(r.context.tool_calls ?? [r.context.tool_request]).map((c) => c?.name).join(", ")}`
            : (r.context.content ?? "").slice(0, 120),
        tokens: null,
      };
    }
  }
  return { summary: "", tokens: null };
}

/** The input's first words, for a run whose output says nothing (a failure). */
export function describeInput(input: Record<string, unknown>): string {
  const first = (value: unknown): string | null => {
    if (typeof value === "string") return value;
    if (Array.isArray(value)) {
      for (const item of value) {
        const text = first(item);
        if (text) return text;
      }
    }
    if (value && typeof value === "object" && "content" in value) return first(value.content);
    return null;
  };
  return (first(input.query) ?? first(input.prompt) ?? first(input.texts) ?? first(input.messages) ?? "")
    .slice(0, 120)
    .trim();
}
