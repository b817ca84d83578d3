import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { usageEvents } from "../db/schema";
import { call, callJson } from "../testing/open-test-egp";
import { AGENT, CHAT, COMPLETION, withServedByName } from "../testing/served-by-name";
import { sseFrames } from "../testing/sse";
import { specErrors } from "../testing/spec-validator";

const served = withServedByName();
const { post, ids } = served;

async function usageRows(name: string) {
  await served.egp.idle();
  return served.egp.db.select().from(usageEvents).where(eq(usageEvents.deploymentId, ids[name].deploymentId));
}

describe("POST /{v2,v3,v4}/completions", () => {
  test("answers CreateCompletionResponse on every version, from the model of that name", async () => {
    for (const version of ["v2", "v3", "v4"]) {
      const res = await post(`/${version}/completions`, {
        model: COMPLETION,
        prompt: "Say hi",
        model_parameters: { temperature: 0, max_tokens: 8, stop_sequences: ["\n"], topP: 0.9, topK: 4 },
        stream: false,
      });
      expect(res.status).toBe(200);
      expect(specErrors("CreateCompletionResponse", res.body)).toEqual([]);
      expect(res.body).toEqual({
        completion: { text: "echo: Say hi", finish_reason: "stop" },
        token_usage: { prompt: 2, completion: 3, total: 5 },
      });
    }
  });

  test("a chat model answers completions too; account_id of the caller's account is accepted", async () => {
    const res = await post("/v4/completions", {
      model: CHAT,
      prompt: "Hello",
      account_id: served.egp.bootstrap.accountId,
    });
    expect(res.status).toBe(200);
    expect(res.body.completion.text).toBe("echo: Hello");
  });

  test("streams each packet in completion.text; the last frame has finish_reason and token_usage", async () => {
    const list = await sseFrames(
      await call(served.egp, "POST", "/v2/completions", {
        body: { model: COMPLETION, prompt: "Say hi", stream: true },
      }),
    );
    for (const frame of list) expect(specErrors("CreateCompletionResponse", frame)).toEqual([]);
    expect(list.map((f) => f.completion.text).join("")).toBe("echo: Say hi ");
    expect(list.slice(0, -1).every((f) => f.token_usage === undefined)).toBe(true);
    expect(list.at(-1)).toEqual({
      completion: { text: "", finish_reason: "stop" },
      token_usage: { prompt: 2, completion: 3, total: 5 },
    });
  });

  test("an unknown name is a 404 naming the served names and how to serve it", async () => {
    const res = await post("/v4/completions", { model: "gpt-4o-mini", prompt: "x" });
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain('Model "gpt-4o-mini" is not served by this local server');
    expect(res.body.detail).toContain(`Names served here for completions: ${CHAT}, ${COMPLETION}`);
    expect(res.body.detail).toContain('"Local GGUF completion (llama.cpp)"');
    const embedding = await post("/v4/completions", { model: "use-embedding", prompt: "x" });
    expect(embedding.status).toBe(404);
    expect(embedding.body.detail).toContain('"use-embedding" is a EMBEDDING model');
  });

  test("a model whose deployment failed says so, with the reason", async () => {
    const res = await post("/v4/completions", { model: "gpt-4o", prompt: "x" });
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain('Model "gpt-4o" has no READY deployment');
    expect(res.body.detail).toContain("/missing.gguf does not exist");
  });

  test("invalid bodies are FastAPI 422s; what a local engine cannot do is a value_error naming the field", async () => {
    const missing = await post("/v4/completions", { model: COMPLETION });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "prompt"], type: "missing", msg: "Field required" }),
    ]);
    const hot = await post("/v4/completions", {
      model: COMPLETION,
      prompt: "x",
      model_parameters: { temperature: 1.5 },
    });
    expect(hot.status).toBe(422);
    expect(hot.body.detail[0].loc).toEqual(["body", "model_parameters", "temperature"]);
    const images = await post("/v4/completions", {
      model: COMPLETION,
      prompt: "x",
      images: [{ image_url: "http://x/a.png" }],
    });
    expect(images.status).toBe(422);
    expect(images.body.detail).toEqual([
      {
        loc: ["body", "images"],
        msg: `Model "${COMPLETION}" runs on a local engine, which does not support images; leave it out`,
        type: "value_error",
      },
    ]);
  });

  test("account_id of an account the caller is not in is a 403", async () => {
    const res = await post("/v4/completions", { model: COMPLETION, prompt: "x", account_id: "elsewhere" });
    expect(res.status).toBe(403);
  });
});

describe("POST /{v2,v3,v4}/chat-completions", () => {
  test("answers CreateChatCompletionResponse; instructions and memory_strategy shape the messages", async () => {
    for (const version of ["v2", "v3", "v4"]) {
      const res = await post(`/${version}/chat-completions`, {
        model: CHAT,
        messages: [
          { role: "user", content: "first" },
          { role: "assistant", content: "ok" },
          { role: "user", content: [{ type: "text", text: "Say hi" }] },
        ],
        memory_strategy: { params: { k: 1 } },
        instructions: "Be brief.",
      });
      expect(res.status).toBe(200);
      expect(specErrors("CreateChatCompletionResponse", res.body)).toEqual([]);
      expect(res.body).toEqual({
        chat_completion: { message: { role: "assistant", content: "echo: Say hi" }, finish_reason: "stop" },
        token_usage: { prompt: 2, completion: 3, total: 5 },
      });
    }
  });

  test("streams message.content packets; the last frame has finish_reason and token_usage", async () => {
    const list = await sseFrames(
      await call(served.egp, "POST", "/v4/chat-completions", {
        body: { model: CHAT, messages: [{ content: "Say hi" }], stream: true },
      }),
    );
    for (const frame of list) expect(specErrors("CreateChatCompletionResponse", frame)).toEqual([]);
    expect(list.map((f) => f.chat_completion.message.content).join("")).toBe("echo: Say hi");
    expect(list.at(-1).chat_completion.finish_reason).toBe("stop");
    expect(list.at(-1).token_usage).toEqual({ prompt: 2, completion: 3, total: 5 });
  });

  test("a name outside the spec's enum is a 422; an enum name not served here is a 404 listing the served", async () => {
    const outside = await post("/v4/chat-completions", { model: "my-chat", messages: [] });
    expect(outside.status).toBe(422);
    expect(outside.body.detail[0].loc).toEqual(["body", "model"]);
    const unserved = await post("/v4/chat-completions", { model: "gpt-4o-mini", messages: [] });
    expect(unserved.status).toBe(404);
    expect(unserved.body.detail).toContain(`Names served here for chat completions: ${AGENT}, ${CHAT}`);
    const image = await post("/v4/chat-completions", {
      model: CHAT,
      messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "http://x/a.png" } }] }],
    });
    expect(image.status).toBe(422);
    expect(image.body.detail[0]).toMatchObject({
      loc: ["body", "messages", 0, "content", 0],
      msg: expect.stringContaining("image_url content parts"),
      type: "value_error",
    });
  });
});

describe("POST /{v2,v3,v4}/agents/execute", () => {
  const tool = {
    name: "get_weather",
    description: "Weather of a city",
    arguments: { type: "object", properties: { city: { type: "string", description: "City" } } },
  };

  test("answers content, or a tool_request, as ExecuteAgentResponse (the other key left out)", async () => {
    for (const version of ["v2", "v3", "v4"]) {
      const content = await post(`/${version}/agents/execute`, {
        model: AGENT,
        tools: [tool],
        messages: [{ role: "user", content: "Say hi" }],
      });
      expect(content.status).toBe(200);
      expect(specErrors("ExecuteAgentResponse", content.body)).toEqual([]);
      expect(content.body).toEqual({ action: "content", context: { content: "echo: Say hi" } });
    }
    const call = await post("/v4/agents/execute", {
      model: AGENT,
      tools: [tool],
      messages: [{ role: "user", content: "What is the weather in Paris?" }],
      model_parameters: { temperature: 0 },
    });
    expect(call.status).toBe(200);
    expect(specErrors("ExecuteAgentResponse", call.body)).toEqual([]);
    expect(call.body.action).toBe("tool_request");
    expect(call.body.context.tool_request).toEqual({ name: "get_weather", arguments: '{"city":"Paris"}' });
    expect(call.body.context.content).toBeUndefined();
  });

  test("a chat model serves agents too; an unserved enum name is a 404; tools are required", async () => {
    const unserved = await post("/v4/agents/execute", { model: "claude-2", tools: [], messages: [] });
    expect(unserved.status).toBe(404);
    expect(unserved.body.detail).toContain(`Names served here for agents: ${AGENT}, ${CHAT}`);
    const missing = await post("/v4/agents/execute", { model: AGENT, messages: [] });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0]).toMatchObject({ loc: ["body", "tools"], type: "missing" });
  });
});

describe("usage", () => {
  test("every by-name execution is recorded against the model that served it, streams included", async () => {
    const before = (await usageRows(COMPLETION)).length;
    await post("/v4/completions", { model: COMPLETION, prompt: "count me" });
    await (
      await call(served.egp, "POST", "/v5/completions", {
        body: { model: COMPLETION, prompt: "x", stream: true },
      })
    ).text();
    const rows = await usageRows(COMPLETION);
    expect(rows.length).toBe(before + 2);
    for (const row of rows.slice(-2))
      expect(row).toMatchObject({ modelName: COMPLETION, promptTokens: 2, responseTokens: 3, error: false });
    const stats = await callJson(
      served.egp,
      "GET",
      `/v4/models/${COMPLETION}/usage-statistics?start_date=2026-03-01T00:00:00Z&end_date=2026-03-02T00:00:00Z&chunks=1`,
    );
    expect(stats.body.data[0].prompt_tokens).toBe(rows.reduce((n, r) => n + r.promptTokens, 0));
    // Refusals before a model is chosen are not executions; unknown names count against nothing.
    expect((await usageRows(CHAT)).every((r) => r.modelName === CHAT)).toBe(true);
  });
});
