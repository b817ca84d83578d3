import { describe, expect, it } from "vitest";
import { DRAFT_URL_LIMIT, draftFor, type Draft } from "./draft";
import { decodeDraft, encodeDraft } from "./draft-codec";

describe("the playground's input in the URL", () => {
  const rerank: Draft = {
    type: "RERANKING",
    query: "How do I reset my password? ½ & = ?",
    chunks: ["One", "Two", "Three", "Four"],
    top_k: 2,
  };

  it("round-trips the whole input in URL-safe characters", () => {
    const encoded = encodeDraft(rerank);
    expect(encoded).toMatch(/^[A-Za-z0-9+\-$]*$/);
    expect(decodeDraft(encoded)).toEqual(rerank);
  });

  it("is compact: half a percent-encoded JSON parameter for a long conversation", () => {
    const chat: Draft = {
      type: "CHAT_COMPLETION",
      messages: Array.from({ length: 20 }, (_, i) => ({
        role: i % 2 ? "assistant" : "user",
        content: `Turn ${i} about the weather in Paris`,
      })),
      prompt: "And tomorrow?",
      temperature: 0.2,
      stream: true,
    };
    const encoded = encodeDraft(chat);
    // Against the same JSON percent-encoded, as a plain query parameter would carry it.
    expect(encoded.length).toBeLessThan(encodeURIComponent(JSON.stringify(chat)).length / 2);
    expect(encoded.length).toBeLessThan(DRAFT_URL_LIMIT);
  });

  it("refuses what is not a draft: cut short, edited, unknown model type", () => {
    const encoded = encodeDraft(rerank);
    expect(decodeDraft(encoded.slice(0, 10))).toBeNull();
    expect(decodeDraft("not-a-draft")).toBeNull();
    expect(decodeDraft(encodeDraft({ ...rerank, type: "IMAGE" } as unknown as Draft))).toBeNull();
    expect(decodeDraft(encodeDraft([1, 2] as unknown as Draft))).toBeNull();
  });

  it("gives a panel only a draft of its own model type", () => {
    expect(draftFor(rerank, "RERANKING")).toBe(rerank);
    expect(draftFor(rerank, "EMBEDDING")).toBeNull();
    expect(draftFor(null, "EMBEDDING")).toBeNull();
  });
});
