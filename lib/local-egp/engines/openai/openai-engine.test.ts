import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toAgentResponse } from "../agent/to-agent-response";
import { EngineRequestError, loadEngine, type GenerationEngine } from "../index";
import { sendJson, sendSse, startFakeOpenAiServer } from "../../testing/fake-openai-server";

const SECRET = "sk-test-5ecret-never-shown";
let server: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

async function loadOpenAi(config: Record<string, string | number> = {}): Promise<GenerationEngine> {
  const engine = await loadEngine({
    image: "openai-compatible",
    config: { BASE_URL: server.baseUrl, MODEL: "llama3", API_KEY: SECRET, ...config },
  });
  if (engine.kind !== "generation") throw new Error("expected a generation engine");
  return engine;
}

const chatBody = (message: object, finish: string, usage = { prompt_tokens: 7, completion_tokens: 3 }) => ({
  id: "x",
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
  usage,
});

beforeEach(async () => {
  server = await startFakeOpenAiServer(["first-model", "second-model"]);
});
afterEach(async () => {
  await server.close();
});

describe("openai-compatible engine", () => {
  it("checks GET /models at load and sends a non-stream chat with sampling fields and the Bearer key", async () => {
    const engine = await loadOpenAi();
    server.handle((_req, res) => sendJson(res, 200, chatBody({ content: "Hi there" }, "stop")));
    const result = await engine.chat(
      [
        { role: "system", content: "Be brief" },
        { role: "user", content: "Hello" },
      ],
      {
        temperature: 0.2,
        maxTokens: 50,
        stopSequences: ["\n\n"],
        topP: 0.9,
      },
    );
    expect(result).toEqual({ text: "Hi there", finishReason: "stop", promptTokens: 7, completionTokens: 3 });
    expect(server.requests[0]).toMatchObject({ method: "GET", path: "/v1/models" });
    const post = server.requests[1];
    expect(post.path).toBe("/v1/chat/completions");
    expect(post.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(post.body).toEqual({
      model: "llama3",
      messages: [
        { role: "system", content: "Be brief" },
        { role: "user", content: "Hello" },
      ],
      temperature: 0.2,
      max_tokens: 50,
      stop: ["\n\n"],
      top_p: 0.9,
      stream: false,
    });
  });

  it("streams SSE chat deltas through onChunk and takes usage from the last frame", async () => {
    const engine = await loadOpenAi();
    server.handle((_req, res) =>
      sendSse(res, [
        { choices: [{ index: 0, delta: { role: "assistant", content: "" } }] },
        { choices: [{ index: 0, delta: { content: "Hel" } }] },
        { choices: [{ index: 0, delta: { content: "lo, wor" } }] },
        { choices: [{ index: 0, delta: { content: "ld" }, finish_reason: "length" }] },
        { choices: [], usage: { prompt_tokens: 11, completion_tokens: 4 } },
      ]),
    );
    const chunks: string[] = [];
    const result = await engine.chat(
      [{ role: "user", content: "Hi" }],
      {},
      { onChunk: (c) => chunks.push(c.text) },
    );
    expect(chunks).toEqual(["Hel", "lo, wor", "ld"]);
    expect(result).toEqual({
      text: "Hello, world",
      finishReason: "length",
      promptTokens: 11,
      completionTokens: 4,
    });
    expect(server.requests[1].body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("completes a prompt on /completions, streamed and not", async () => {
    const engine = await loadOpenAi();
    server.handle((req, res) => {
      const body = req.body as { stream: boolean };
      if (!body.stream) {
        return sendJson(res, 200, {
          choices: [{ text: " sat on the mat", finish_reason: "stop" }],
          usage: null,
        });
      }
      return sendSse(res, [
        { choices: [{ text: " sat" }] },
        { choices: [{ text: " down", finish_reason: "length" }] },
      ]);
    });
    const plain = await engine.complete("The cat", { maxTokens: 5 });
    // No usage from the server: counts fall back to whitespace estimates.
    expect(plain).toEqual({
      text: " sat on the mat",
      finishReason: "stop",
      promptTokens: 2,
      completionTokens: 4,
    });
    const chunks: string[] = [];
    const streamed = await engine.complete("The cat", {}, { onChunk: (c) => chunks.push(c.text) });
    expect(streamed.text).toBe(" sat down");
    expect(streamed.finishReason).toBe("length");
    expect(chunks.join("")).toBe(" sat down");
    expect(server.requests[1].body).toEqual({
      model: "llama3",
      prompt: "The cat",
      max_tokens: 5,
      stream: false,
    });
  });

  it("passes tools and maps a function call to toolCalls and an agent tool_request", async () => {
    const engine = await loadOpenAi();
    const call = {
      id: "c1",
      type: "function",
      function: { name: "get_weather", arguments: '{"city":"Paris"}' },
    };
    server.handle((_req, res) =>
      sendJson(res, 200, chatBody({ content: null, tool_calls: [call] }, "tool_calls")),
    );
    const tools = [
      { name: "get_weather", description: "Weather", parameters: { type: "object", properties: {} } },
    ];
    const result = await engine.chat([{ role: "user", content: "Weather?" }], { tools });
    expect(result).toMatchObject({
      finishReason: "tool_call",
      toolCalls: [{ id: "c1", name: "get_weather", arguments: '{"city":"Paris"}' }],
    });
    expect(toAgentResponse(result)).toEqual({
      action: "tool_request",
      context: {
        content: null,
        tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' },
        tool_calls: [{ id: "c1", name: "get_weather", arguments: '{"city":"Paris"}' }],
      },
    });
    expect(server.requests[1].body).toMatchObject({
      tools: [
        {
          type: "function",
          function: { name: "get_weather", description: "Weather", parameters: tools[0].parameters },
        },
      ],
    });
  });

  it("assembles a streamed tool call from argument fragments", async () => {
    const engine = await loadOpenAi();
    const fragment = (f: object) => ({
      choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: f }] } }],
    });
    server.handle((_req, res) =>
      sendSse(res, [
        fragment({ name: "lookup", arguments: "" }),
        fragment({ arguments: '{"q":' }),
        fragment({ arguments: '"egp"}' }),
        { choices: [{ index: 0, delta: {}, finish_reason: "tool_calls" }] },
      ]),
    );
    const tools = [{ name: "lookup", description: "Search", parameters: { type: "object" } }];
    const result = await engine.chat(
      [{ role: "user", content: "find" }],
      { tools },
      { onChunk: () => undefined },
    );
    expect(result.toolCalls).toEqual([{ name: "lookup", arguments: '{"q":"egp"}' }]);
    expect(result.finishReason).toBe("tool_call");
  });

  it("keeps every streamed tool call with the id sent in its first fragment", async () => {
    const engine = await loadOpenAi();
    const delta = (index: number, f: object, id?: string) => ({
      choices: [{ index: 0, delta: { tool_calls: [{ index, ...(id ? { id } : {}), function: f }] } }],
    });
    server.handle((_req, res) =>
      sendSse(res, [
        delta(0, { name: "lookup", arguments: '{"q":' }, "call_a"),
        delta(1, { name: "clock", arguments: "" }, "call_b"),
        delta(0, { arguments: '"egp"}' }),
        { choices: [{ index: 0, delta: {}, finish_reason: "tool_calls" }] },
      ]),
    );
    const tools = [{ name: "lookup", description: "Search", parameters: { type: "object" } }];
    const result = await engine.chat([{ role: "user", content: "find" }], { tools }, { onChunk: () => {} });
    expect(result.toolCalls).toEqual([
      { id: "call_a", name: "lookup", arguments: '{"q":"egp"}' },
      { id: "call_b", name: "clock", arguments: "{}" },
    ]);
  });

  it("sends a tool result paired with the id of the call before it", async () => {
    const engine = await loadOpenAi();
    server.handle((_req, res) => sendJson(res, 200, chatBody({ content: "It is sunny." }, "stop")));
    const result = await engine.chat(
      [
        { role: "user", content: "Weather?" },
        {
          role: "assistant",
          content: "",
          toolCalls: [{ name: "get_weather", arguments: '{"city":"Paris"}' }],
        },
        { role: "tool", name: "get_weather", content: "sunny" },
      ],
      {},
    );
    expect(toAgentResponse(result)).toEqual({
      action: "content",
      context: { content: "It is sunny.", tool_request: null },
    });
    expect((server.requests[1].body as { messages: unknown[] }).messages).toEqual([
      { role: "user", content: "Weather?" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_0",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_0", content: "sunny" },
    ]);
  });

  it("uses the first listed model when MODEL is not set", async () => {
    const engine = await loadOpenAi({ MODEL: "" });
    server.handle((_req, res) => sendJson(res, 200, chatBody({ content: "ok" }, "stop")));
    await engine.chat([{ role: "user", content: "Hi" }], {});
    expect(server.requests[1].body).toMatchObject({ model: "first-model" });
  });

  it("resolves cancelled with the partial text when the signal aborts mid-stream", async () => {
    const engine = await loadOpenAi();
    server.handle(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: "partial" } }] })}\n\n`);
      // …and never finishes.
    });
    const controller = new AbortController();
    const result = await engine.chat(
      [{ role: "user", content: "Hi" }],
      {},
      { signal: controller.signal, onChunk: () => controller.abort() },
    );
    expect(result).toMatchObject({ text: "partial", finishReason: "cancelled" });
  });

  it("fails a stream that stalls longer than TIMEOUT_MS", async () => {
    const engine = await loadOpenAi({ TIMEOUT_MS: 200 });
    server.handle(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: "a" } }] })}\n\n`);
    });
    await expect(
      engine.chat([{ role: "user", content: "Hi" }], {}, { onChunk: () => undefined }),
    ).rejects.toThrow(new EngineRequestError("the model server sent nothing for 0.2 s"));
  });

  it("fails on an error the server sends inside the stream, without the API key", async () => {
    const engine = await loadOpenAi();
    server.handle((_req, res) =>
      sendSse(res, [
        { choices: [{ delta: { content: "a" } }] },
        { error: { message: `quota for ${SECRET}` } },
      ]),
    );
    await expect(
      engine.chat([{ role: "user", content: "Hi" }], {}, { onChunk: () => undefined }),
    ).rejects.toThrow(new EngineRequestError("the model server reported an error: quota for ***"));
  });

  it("reports an upstream HTTP error without the API key, even when the server echoes it", async () => {
    const engine = await loadOpenAi();
    server.handle((_req, res) =>
      sendJson(res, 500, { error: { message: `backend crashed for key ${SECRET}` } }),
    );
    const failure = await engine.complete("x", {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineRequestError);
    expect((failure as EngineRequestError).status).toBe(500);
    expect((failure as Error).message).toBe(
      `${server.baseUrl}/completions answered HTTP 500: backend crashed for key ***`,
    );
  });
});
