import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGgufFixture } from "../../testing/gguf/write-fixture";
import { EngineLoadError, loadEngine, type ChatMessage, type GenerationEngine } from "../index";
import { loadedGgufCount } from "./llama-cpp-engine";
import { disposeSharedLlama } from "./llama-runtime";

let dir: string;
let modelPath: string;
let engine: GenerationEngine;

async function loadGeneration(config: Record<string, string | number>): Promise<GenerationEngine> {
  const loaded = await loadEngine({ image: "llama-cpp", config });
  if (loaded.kind !== "generation") throw new Error(`expected a generation engine, got ${loaded.kind}`);
  return loaded;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "egp-llama-"));
  modelPath = await writeGgufFixture(join(dir, "fixture.gguf"));
  engine = await loadGeneration({ MODEL_PATH: modelPath, CONTEXT_SIZE: 2048 });
});

afterAll(async () => {
  await engine?.dispose();
  await disposeSharedLlama();
  await rm(dir, { recursive: true, force: true });
});

describe("llama-cpp engine on the random-weight fixture", () => {
  it("completes a prompt up to maxTokens and reports token counts", async () => {
    const result = await engine.complete("Tell me a story", { maxTokens: 12, temperature: 0 });
    expect(result.finishReason).toBe("length");
    expect(result.completionTokens).toBe(12);
    expect(result.promptTokens).toBeGreaterThan(1);
    expect(result.text.length).toBeGreaterThan(0);
  });

  it("streams chunks that concatenate to the final text", async () => {
    const chunks: string[] = [];
    const result = await engine.complete(
      "Hello world",
      { maxTokens: 16, temperature: 0.8, topK: 40, topP: 0.9 },
      { onChunk: (c) => chunks.push(c.text) },
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(result.text);
  });

  it("stops at a stop sequence and leaves it out of the text", async () => {
    const free = await engine.complete("Tell me a story", { maxTokens: 24, temperature: 0 });
    const stop = free.text.slice(4, 6);
    const expected = free.text.slice(0, free.text.indexOf(stop));
    const stopped = await engine.complete("Tell me a story", {
      maxTokens: 24,
      temperature: 0,
      stopSequences: [stop],
    });
    expect(stopped.finishReason).toBe("stop");
    expect(stopped.text).toBe(expected);
  });

  it("honours a stop sequence that starts with a space (SentencePiece words carry their space)", async () => {
    const free = await engine.complete("Tell me a story", { maxTokens: 24, temperature: 0 });
    const space = free.text.indexOf(" ", 1);
    expect(space).toBeGreaterThan(0); // the fixture's greedy output for this prompt has words
    const stop = free.text.slice(space, space + 3);
    const stopped = await engine.complete("Tell me a story", {
      maxTokens: 24,
      temperature: 0,
      stopSequences: [stop],
    });
    expect(stopped).toMatchObject({
      finishReason: "stop",
      text: free.text.slice(0, free.text.indexOf(stop)),
    });
  });

  it("answers a chat with system, user and assistant turns through the chat template", async () => {
    const chunks: string[] = [];
    const result = await engine.chat(
      [
        { role: "system", content: "You are terse." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello." },
        { role: "user", content: "Say more" },
      ],
      { maxTokens: 10, temperature: 0 },
      { onChunk: (c) => chunks.push(c.text) },
    );
    expect(result.finishReason).toBe("length");
    expect(result.completionTokens).toBe(10);
    // The ChatML template wraps every turn, so the prompt is far longer than the words typed.
    expect(result.promptTokens).toBeGreaterThan(40);
    expect(chunks.join("")).toBe(result.text);
  });

  it("renders tools and a tool result into the prompt, answering as text or a well-formed tool call", async () => {
    const messages: ChatMessage[] = [
      { role: "user", content: "What is the weather in Paris?" },
      {
        role: "assistant",
        content: "",
        toolCalls: [{ name: "get_weather", arguments: '{"city":"Paris"}' }],
      },
      { role: "tool", name: "get_weather", content: "sunny" },
    ];
    const tools = [
      {
        name: "get_weather",
        description: "Weather for a city",
        parameters: { type: "object", properties: { city: { type: "string", description: "City" } } },
      },
    ];
    const withTools = await engine.chat(messages, { maxTokens: 8, temperature: 0, tools });
    const withoutTools = await engine.chat(messages, { maxTokens: 8, temperature: 0 });
    // The chat wrapper documents the functions in the system prompt only when tools are passed.
    expect(withTools.promptTokens).toBeGreaterThan(withoutTools.promptTokens + 50);
    if (withTools.finishReason === "tool_call") {
      expect(withTools.toolCalls?.[0]?.name).toBe("get_weather");
      expect(() => JSON.parse(withTools.toolCalls?.[0]?.arguments ?? "")).not.toThrow();
    } else {
      // Random weights: the fixture answers in (meaningless) text.
      expect(withTools.finishReason).toBe("length");
    }
  });

  it("cancels when the signal aborts mid-generation and keeps the partial text", async () => {
    const controller = new AbortController();
    let seen = 0;
    const result = await engine.complete(
      "Hello world",
      { maxTokens: 200, temperature: 0 },
      {
        signal: controller.signal,
        onChunk: () => {
          if (++seen === 3) controller.abort();
        },
      },
    );
    expect(result.finishReason).toBe("cancelled");
    expect(result.completionTokens).toBeLessThan(200);
    expect(result.text.length).toBeGreaterThan(0);
  });

  it("returns cancelled at once for a signal that is already aborted", async () => {
    const result = await engine.chat(
      [{ role: "user", content: "Hi" }],
      { maxTokens: 50 },
      { signal: AbortSignal.abort() },
    );
    expect(result).toMatchObject({ finishReason: "cancelled", text: "", completionTokens: 0 });
  });

  it("queues concurrent requests on one context instead of failing", async () => {
    const results = await Promise.all(
      ["one", "two", "three"].map((prompt) => engine.complete(prompt, { maxTokens: 5, temperature: 0 })),
    );
    expect(results.map((r) => r.finishReason)).toEqual(["length", "length", "length"]);
    const again = await engine.complete("two", { maxTokens: 5, temperature: 0 });
    expect(again.text).toBe(results[1].text);
  });
});

describe("llama-cpp model sharing", () => {
  it("shares one loaded model between engines of the same file and settings, until the last dispose", async () => {
    const before = loadedGgufCount();
    const twin = await loadGeneration({ MODEL_PATH: modelPath, CONTEXT_SIZE: 2048 });
    expect(loadedGgufCount()).toBe(before);
    const [mine, theirs] = await Promise.all([
      engine.complete("two", { maxTokens: 5, temperature: 0 }),
      twin.complete("two", { maxTokens: 5, temperature: 0 }),
    ]);
    expect(theirs.text).toBe(mine.text);
    await twin.dispose();
    expect(loadedGgufCount()).toBe(before);
    expect((await engine.complete("two", { maxTokens: 5, temperature: 0 })).text).toBe(mine.text);

    const other = await loadGeneration({ MODEL_PATH: modelPath, CONTEXT_SIZE: 256 });
    expect(loadedGgufCount()).toBe(before + 1);
    await other.dispose();
    expect(loadedGgufCount()).toBe(before);
  });
});

describe("llama-cpp load failures", () => {
  it("names a missing MODEL_PATH", async () => {
    const missing = join(dir, "nope.gguf");
    await expect(loadEngine({ image: "llama-cpp", config: { MODEL_PATH: missing } })).rejects.toThrow(
      new EngineLoadError(
        `llama-cpp: MODEL_PATH "${missing}" does not exist. Put a GGUF model file there or point MODEL_PATH at one.`,
      ),
    );
  });

  it("rejects a file that is not GGUF and a missing MODEL_PATH key", async () => {
    const notGguf = join(dir, "notes.txt");
    await writeFile(notGguf, "hello");
    await expect(loadEngine({ image: "llama-cpp", config: { MODEL_PATH: notGguf } })).rejects.toThrow(
      /is not a GGUF file/,
    );
    await expect(loadEngine({ image: "llama-cpp", config: {} })).rejects.toThrow(
      "llama-cpp: MODEL_PATH is required.",
    );
  });

  it("rejects a bad CONTEXT_SIZE before loading anything", async () => {
    await expect(
      loadEngine({ image: "llama-cpp", config: { MODEL_PATH: "x", CONTEXT_SIZE: "big" } }),
    ).rejects.toThrow("llama-cpp: CONTEXT_SIZE must be a number.");
  });
});
