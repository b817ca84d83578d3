import { EngineLoadError, type Engine, type EngineSpec } from "../engines/types";

/** Deterministic in-process engines for tests: no weights, no network. */
export function stubEngine(spec: EngineSpec): Engine {
  switch (spec.image) {
    case "use-embedding":
    case "hash-embedding":
      return {
        kind: "embedding",
        dimensions: 3,
        embed: async (texts) => ({ vectors: texts.map((t) => [t.length, 1, 0]), tokens: texts.length }),
        dispose: async () => undefined,
      };
    case "bm25-rerank":
    case "hybrid-rerank":
      return {
        kind: "reranking",
        // Score = share of query words found in the chunk, so order is predictable.
        rerank: async (query, chunks) => {
          const words = query.toLowerCase().split(/\W+/).filter(Boolean);
          const scores = chunks.map(
            (c) => words.filter((w) => c.toLowerCase().includes(w)).length / Math.max(words.length, 1),
          );
          return { scores, tokens: chunks.length };
        },
        dispose: async () => undefined,
      };
    default: {
      if (spec.config.MODEL_PATH === "/missing.gguf")
        throw new EngineLoadError("GGUF file /missing.gguf does not exist");
      const reply = (text: string) => `echo: ${text}`;
      return {
        kind: "generation",
        complete: async (prompt, _params, opts) => {
          for (const word of reply(prompt).split(" ")) opts?.onChunk?.({ text: `${word} ` });
          return { text: reply(prompt), finishReason: "stop", promptTokens: 2, completionTokens: 3 };
        },
        chat: async (messages, params, opts) => {
          const last = messages.at(-1)?.content ?? "";
          if (params.tools?.length && last.includes("weather")) {
            return {
              text: "",
              finishReason: "tool_call",
              promptTokens: 2,
              completionTokens: 1,
              toolCalls: [{ name: params.tools[0].name, arguments: '{"city":"Paris"}' }],
            };
          }
          opts?.onChunk?.({ text: reply(last) });
          return { text: reply(last), finishReason: "stop", promptTokens: 2, completionTokens: 3 };
        },
        dispose: async () => undefined,
      };
    }
  }
}

export const stubLoadEngine = async (spec: EngineSpec) => stubEngine(spec);
