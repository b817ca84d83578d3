import { describe, expect, it } from "vitest";
import type { Model } from "../egp/types";
import { EMPTY_COMPLETION } from "./completion-stream";
import { foldZoo, zooCall, zooEntries } from "./zoo";

function model(over: Partial<Model> & { ready?: boolean; section?: string }): Model {
  const { ready = true, section, ...rest } = over;
  return {
    id: "m",
    name: "n",
    model_type: "CHAT_COMPLETION",
    created_at: "2026-01-01T00:00:00Z",
    account_id: "a",
    base_model_metadata: section ? { ui_model_section_type: section } : undefined,
    deployments: [{ id: `d-${over.id ?? "m"}`, status: ready ? "READY" : "UPDATE_PENDING" }],
    ...rest,
  } as unknown as Model;
}

describe("zooEntries", () => {
  it("locally offers every served name: READY completion and chat models, the older one on a shared name", () => {
    const entries = zooEntries(
      [
        model({ id: "c1", name: "gpt-4o-mini", created_at: "2026-02-01T00:00:00Z" }),
        model({ id: "c0", name: "gpt-4o-mini", created_at: "2026-01-01T00:00:00Z" }),
        model({ id: "p1", name: "tiny", model_type: "COMPLETION" }),
        model({ id: "k", name: "my-chat" }),
        model({ id: "x", name: "deploying", ready: false }),
        model({ id: "e", name: "embedder", model_type: "EMBEDDING" }),
      ],
      false,
    );
    expect(entries.map((e) => [e.route, e.name, e.modelId])).toEqual([
      ["chat-completions", "gpt-4o-mini", "c0"],
      ["completions", "my-chat", "k"],
      ["completions", "tiny", "p1"],
    ]);
  });

  it("on Scale GP offers only the built-in (PARTNER or OPENSOURCE) models", () => {
    const entries = zooEntries(
      [
        model({ id: "b", name: "gpt-4o", section: "PARTNER" }),
        model({ id: "o", name: "llama-3-8b-instruct", section: "OPENSOURCE" }),
        model({ id: "c", name: "mine", section: "CUSTOM" }),
        model({ id: "n", name: "plain" }),
      ],
      true,
    );
    expect(entries.map((e) => e.name)).toEqual(["gpt-4o", "llama-3-8b-instruct"]);
  });
});

describe("by-name calls and frames", () => {
  it("posts to the route with the request as the body", () => {
    const request = {
      model: "gpt-4o-mini",
      messages: [{ role: "user" as const, content: "hi" }],
      stream: true,
    };
    expect(zooCall({ route: "chat-completions", request })).toEqual({
      path: "/v4/chat-completions",
      schemaPath: "/v4/chat-completions",
      body: request,
      stream: true,
    });
    expect(zooCall({ route: "completions", request: { model: "x", prompt: "p" } }).stream).toBe(false);
  });

  it("appends each packet and keeps the last frame's finish reason and token usage", () => {
    let state = foldZoo(EMPTY_COMPLETION, "chat-completions", {
      chat_completion: { message: { content: "Hel" } },
    });
    state = foldZoo(state, "chat-completions", {
      chat_completion: { message: { content: "lo" }, finish_reason: "stop" },
      token_usage: { prompt: 4, completion: 2, total: 6 },
    });
    expect(state).toMatchObject({
      text: "Hello",
      finishReason: "stop",
      promptTokens: 4,
      responseTokens: 2,
      frames: 2,
    });
    const whole = foldZoo(EMPTY_COMPLETION, "completions", {
      completion: { text: "done", finish_reason: "length" },
      token_usage: { total: 1 },
    });
    expect(whole).toMatchObject({ text: "done", finishReason: "length", promptTokens: null });
  });
});
