import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  builtinDeployment,
  call,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";
import { sseFrames } from "../testing/sse";

let egp: TestEgp;
let chat: { modelId: string; deploymentId: string };
let completion: { modelId: string; deploymentId: string };
let agent: { modelId: string; deploymentId: string };

async function deploy(template: string, modelType: string, params: Record<string, unknown>) {
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: `x-${modelType}`,
      model_type: modelType,
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, template),
      model_creation_parameters: params,
    },
  });
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
  expect((await waitForDeployment(egp, model.body.id, dep.body.id)).status).toBe("READY");
  return { modelId: model.body.id as string, deploymentId: dep.body.id as string };
}

beforeAll(async () => {
  egp = await openTestEgp();
  chat = await deploy("Local GGUF chat", "CHAT_COMPLETION", { MODEL_PATH: "/m.gguf" });
  completion = await deploy("Local GGUF completion", "COMPLETION", { MODEL_PATH: "/m.gguf" });
  agent = await deploy("Agent (OpenAI-compatible)", "AGENT", { BASE_URL: "http://x", MODEL: "m" });
});
afterAll(async () => {
  await egp?.close();
});

const execute = (t: { modelId: string; deploymentId: string }, body: unknown) =>
  callJson(egp, "POST", `/v4/models/${t.modelId}/deployments/${t.deploymentId}/execute`, { body });

describe("embeddings and rerankings", () => {
  test("built-in embedding: typed route and generic execute answer [text, vector] pairs and nothing else", async () => {
    const use = await builtinDeployment(egp, "use-embedding");
    const typed = await callJson(egp, "POST", `/v4/models/${use.deploymentId}/embeddings`, {
      body: { texts: ["ab", "abc"] },
    });
    expect(typed.body).toEqual({
      embeddings: [
        ["ab", [2, 1, 0]],
        ["abc", [3, 1, 0]],
      ],
      tokens_used: 2,
    });
    const generic = await execute(use, { texts: ["ab"], stream: false });
    expect(generic.body.embeddings).toEqual([["ab", [2, 1, 0]]]);
    const extra = await callJson(egp, "POST", `/v3/models/${use.deploymentId}/embeddings`, {
      body: { texts: [], foo: 1 },
    });
    expect(extra.status).toBe(422);
    expect(extra.body.detail[0].loc).toEqual(["body", "foo"]);
  });

  test("rerankings keep input order; chunks/rank sorts, trims to top_k and accepts old model_id and plain strings", async () => {
    const rr = await builtinDeployment(egp, "hybrid-rerank");
    const scores = await callJson(egp, "POST", `/v4/models/${rr.deploymentId}/rerankings`, {
      body: { query: "reset password", chunks: ["bananas", "reset your password", "password"] },
    });
    expect(scores.body).toEqual({ chunk_scores: [0, 1, 0.5], tokens_used: 3 });

    const ranked = await callJson(egp, "POST", "/v4/chunks/rank", {
      body: {
        query: "reset password",
        relevant_chunks: [
          { chunk_id: "a", text: "bananas", score: 0.9 },
          { chunk_id: "b", text: "reset your password", score: 0.1 },
          { chunk_id: "c", text: "password", score: 0.5 },
        ],
        rank_strategy: { method: "model", params: { model_deployment_id: rr.deploymentId } },
        top_k: 2,
      },
    });
    expect(
      ranked.body.relevant_chunks.map((c: { chunk_id: string; score: number }) => [c.chunk_id, c.score]),
    ).toEqual([
      ["b", 1],
      ["c", 0.5],
    ]);

    const old = await callJson(egp, "POST", "/v2/chunks/rank", {
      body: {
        query: "password",
        relevant_chunks: ["x", "password"],
        rank_strategy: { method: "model", params: { model_id: rr.modelId } },
      },
    });
    expect(old.body.relevant_chunks[0].text).toBe("password");
    // rouge runs without a model (edges-chunks-rank.test.ts checks its scores).
    const rouge = await callJson(egp, "POST", "/v4/chunks/rank", {
      body: { query: "q", relevant_chunks: [], rank_strategy: { method: "rouge" } },
    });
    expect(rouge).toEqual({ status: 200, body: { relevant_chunks: [] } });
  });

  test("old-SDK POST /v3/models/{id}/execute runs the model's READY deployment, in the guide-era shape", async () => {
    const bm25 = await builtinDeployment(egp, "bm25-rerank");
    const res = await callJson(egp, "POST", `/v3/models/${bm25.modelId}/execute`, {
      body: { query: "a", chunks: ["a", "b"] },
    });
    // No tokens_used: the guide-era scale_egp forbids any key its RerankingResponse does not list.
    expect(res.body).toEqual({ chunk_scores: [1, 0] });
  });

  test("an engine of the wrong kind is a 400 (a retry cannot change it) naming the types", async () => {
    const res = await callJson(egp, "POST", `/v4/models/${chat.deploymentId}/embeddings`, {
      body: { texts: ["a"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/of type CHAT_COMPLETION; embedding requests need .* EMBEDDING model/);
  });
});

describe("generation", () => {
  test("completion: spec shape with exactly the old-SDK keys; plural prompts also work", async () => {
    const res = await execute(completion, { prompt: "hi", temperature: 0, max_tokens: 5 });
    expect(res.body).toEqual({
      finish_reason: "stop",
      prompt_tokens: 2,
      response_tokens: 3,
      completions: [["hi", ["echo: hi"]]],
    });
    const many = await execute(completion, { prompts: ["a", "b"], model_request_parameters: null });
    expect(many.body.completions).toEqual([
      ["a", ["echo: a"]],
      ["b", ["echo: b"]],
    ]);
    expect(many.body.prompt_tokens).toBe(4);
  });

  test("chat: chat_history + prompt answers a CompletionResponse; scale_egp messages answer {message, finish_reason}", async () => {
    const v2 = await callJson(egp, "POST", `/v4/models/${chat.deploymentId}/chat-completions`, {
      body: { chat_history: [{ role: "system", content: "s" }], prompt: "hello" },
    });
    expect(v2.body.completions).toEqual([["hello", ["echo: hello"]]]);
    const old = await execute(chat, { messages: [{ role: "user", content: "yo" }], temperature: 0.2 });
    expect(old.body).toEqual({ message: { role: "assistant", content: "echo: yo" }, finish_reason: "stop" });
  });

  test("streaming: text/event-stream CompletionResponse chunks, final frame with finish_reason, no [DONE]", async () => {
    const res = await call(
      egp,
      "POST",
      `/v4/models/${completion.modelId}/deployments/${completion.deploymentId}/execute`,
      {
        body: { prompt: "one two", stream: true },
      },
    );
    const frames = await sseFrames(res);
    expect(frames.map((f) => f.completions[0][1][0]).join("")).toBe("echo: one two ");
    expect(frames.at(-1)).toEqual({
      finish_reason: "stop",
      prompt_tokens: 2,
      response_tokens: 3,
      completions: [["one two", [""]]],
    });
    const chatStream = await call(egp, "POST", `/v4/models/${chat.deploymentId}/chat-completions`, {
      body: { chat_history: [], prompt: "p", stream: true },
    });
    expect((await sseFrames(chatStream))[0]).toEqual({ completions: [["p", ["echo: p"]]] });
  });

  test("agent: tool requests and content come back as {action, context}", async () => {
    const tools = [
      {
        name: "get_weather",
        description: "w",
        arguments: { type: "object", properties: { city: { type: "string", description: "c" } } },
      },
    ];
    const tool = await execute(agent, {
      tools,
      messages: [{ role: "user", content: "weather in Paris?" }],
      instructions: "be brief",
    });
    expect(tool.body).toEqual({
      action: "tool_request",
      context: {
        content: null,
        tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' },
        tool_calls: [{ id: expect.any(String), name: "get_weather", arguments: '{"city":"Paris"}' }],
      },
    });
    const content = await execute(agent, {
      tools,
      messages: [
        { role: "user", content: "weather?" },
        { role: "agent", tool_request: { name: "get_weather", arguments: "{}" } },
        { role: "tool", name: "get_weather", content: "sunny" },
      ],
    });
    expect(content.body).toEqual({
      action: "content",
      context: { content: "echo: sunny", tool_request: null },
    });
  });

  test("per-type validation: 422 with loc for a bad completion body", async () => {
    const res = await execute(completion, { prompt: 1, temperature: 3 });
    expect(res.status).toBe(422);
    const locs = res.body.detail.map((d: { loc: string[] }) => d.loc.join("."));
    expect(locs.sort()).toEqual(["body.prompt", "body.temperature"]);
  });

  test("a failed deployment answers 400 with its reason", async () => {
    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: "broken",
        model_type: "CHAT_COMPLETION",
        account_id: egp.bootstrap.accountId,
        model_template_id: await templateId(egp, "Local GGUF chat"),
        model_creation_parameters: { MODEL_PATH: "/missing.gguf" },
      },
    });
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    await egp.idle();
    const res = await execute(
      { modelId: model.body.id, deploymentId: dep.body.id },
      { chat_history: [], prompt: "x" },
    );
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/"d" failed: GGUF file \/missing.gguf does not exist/);
  });

  test("viewers cannot execute", async () => {
    const { apiKey } = await egp.users.createUser("exec-viewer@local", "viewer");
    const res = await callJson(egp, "POST", `/v4/models/${chat.deploymentId}/chat-completions`, {
      key: apiKey,
      body: { chat_history: [], prompt: "x" },
    });
    expect(res.status).toBe(403);
  });
});

describe("failures while generating", () => {
  test("an engine request error (e.g. upstream down) is a 502 with the engine's message; other errors stay generic", async () => {
    const { EngineRequestError } = await import("../engines/types");
    const { stubEngine } = await import("../testing/stub-engines");
    let failure: Error = new EngineRequestError("Upstream answered 503");
    const own = await openTestEgp({
      loadEngine: async (spec) => {
        const engine = stubEngine(spec);
        if (engine.kind !== "generation") return engine;
        return { ...engine, complete: async () => Promise.reject(failure) };
      },
    });
    try {
      const model = await callJson(own, "POST", "/v4/models", {
        body: {
          name: "f",
          model_type: "COMPLETION",
          account_id: own.bootstrap.accountId,
          model_template_id: await templateId(own, "Local GGUF completion"),
          model_creation_parameters: { MODEL_PATH: "/m.gguf" },
        },
      });
      const dep = await callJson(own, "POST", `/v4/models/${model.body.id}/deployments`, {
        body: { name: "d" },
      });
      await own.idle();
      const res = await callJson(own, "POST", `/v4/models/${dep.body.id}/completions`, {
        body: { prompt: "p" },
      });
      expect(res).toEqual({ status: 502, body: { detail: "Upstream answered 503" } });
      failure = new Error("SELECT secret FROM internals");
      const hidden = await callJson(own, "POST", `/v4/models/${dep.body.id}/completions`, {
        body: { prompt: "p" },
      });
      expect(hidden).toEqual({ status: 500, body: { detail: "Internal server error" } });
      const streamed = await call(own, "POST", `/v4/models/${dep.body.id}/completions`, {
        body: { prompt: "p", stream: true },
      });
      const text = await streamed.text();
      expect(text).toBe('event: error\ndata: {"detail":"Generation failed"}\n\n');
    } finally {
      await own.close();
    }
  });
});
