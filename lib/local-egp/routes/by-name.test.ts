import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { usageEvents } from "../db/schema";
import {
  call,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";
import { serviceContext } from "../testing/service-context";
import { specErrors } from "../testing/spec-validator";
import { stubEngine } from "../testing/stub-engines";
import { resolveByName, servedModelNames, servedModels } from "../services/by-name";

const CHAT = "llama-3-2-1b-instruct";
const COMPLETION = "local-completion";
const AGENT = "gpt-4";
const T0 = new Date("2026-03-01T12:00:00Z");

let egp: TestEgp;
const ids: Record<string, { modelId: string; deploymentId: string }> = {};

async function deploy(name: string, template: string, modelType: string, params: Record<string, unknown>) {
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name,
      model_type: modelType,
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, template),
      model_creation_parameters: params,
    },
  });
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
  const status = (await waitForDeployment(egp, model.body.id, dep.body.id)).status;
  ids[name] = { modelId: model.body.id, deploymentId: dep.body.id };
  return status;
}

beforeAll(async () => {
  egp = await openTestEgp({ now: () => T0 });
  expect(await deploy(CHAT, "Local GGUF chat", "CHAT_COMPLETION", { MODEL_PATH: "/m.gguf" })).toBe("READY");
  expect(await deploy(COMPLETION, "Local GGUF completion", "COMPLETION", { MODEL_PATH: "/m.gguf" })).toBe(
    "READY",
  );
  expect(
    await deploy(AGENT, "Agent (OpenAI-compatible)", "AGENT", { BASE_URL: "http://x", MODEL: "gpt-4" }),
  ).toBe("READY");
  // A chat model whose engine cannot load: its deployment fails with a reason.
  expect(await deploy("gpt-4o", "Local GGUF chat", "CHAT_COMPLETION", { MODEL_PATH: "/missing.gguf" })).toBe(
    "UPDATE_FAILED",
  );
});
afterAll(async () => {
  await egp?.close();
});

const post = (path: string, body: unknown) => callJson(egp, "POST", path, { body });

/** The `data:` frames of an SSE answer, which ends by closing (no [DONE]). */
async function frames(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/event-stream");
  const text = await res.text();
  expect(text).not.toContain("[DONE]");
  expect(text).not.toContain("event: error");
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((frame) => {
      expect(frame.startsWith("data: ")).toBe(true);
      return JSON.parse(frame.slice(6));
    });
}

async function usageRows(name: string) {
  await egp.idle();
  return egp.db.select().from(usageEvents).where(eq(usageEvents.deploymentId, ids[name].deploymentId));
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
      account_id: egp.bootstrap.accountId,
    });
    expect(res.status).toBe(200);
    expect(res.body.completion.text).toBe("echo: Hello");
  });

  test("streams each packet in completion.text; the last frame has finish_reason and token_usage", async () => {
    const list = await frames(
      await call(egp, "POST", "/v2/completions", {
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
    const list = await frames(
      await call(egp, "POST", "/v4/chat-completions", {
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

describe("v5 and v4 beta, OpenAI-shaped", () => {
  test("POST /v5/completions and /v4/beta/completions answer text_completion; n and prompt lists multiply choices", async () => {
    for (const path of ["/v5/completions", "/v4/beta/completions"]) {
      const res = await post(path, {
        model: COMPLETION,
        prompt: ["a", "b"],
        n: 2,
        max_tokens: 4,
        stop: "\n",
      });
      expect(res.status).toBe(200);
      expect(
        specErrors("egp_api_backend__server__api__models__inference_models__Completion", res.body),
      ).toEqual([]);
      expect(res.body).toMatchObject({
        object: "text_completion",
        model: COMPLETION,
        created: T0.getTime() / 1000,
      });
      expect(res.body.choices.map((c: { index: number; text: string }) => [c.index, c.text])).toEqual([
        [0, "echo: a"],
        [1, "echo: a"],
        [2, "echo: b"],
        [3, "echo: b"],
      ]);
      expect(res.body.usage).toEqual({ prompt_tokens: 8, completion_tokens: 12, total_tokens: 20 });
    }
    const echo = await post("/v5/completions", { model: COMPLETION, prompt: "p ", echo: true });
    expect(echo.body.choices[0].text).toBe("p echo: p ");
  });

  test("v5 completions stream text deltas; the last frame has finish_reason and usage", async () => {
    const list = await frames(
      await call(egp, "POST", "/v5/completions", {
        body: { model: COMPLETION, prompt: "Say hi", stream: true },
      }),
    );
    expect(list.map((f) => f.choices[0].text).join("")).toBe("echo: Say hi ");
    expect(new Set(list.map((f) => f.id)).size).toBe(1);
    expect(list.at(-1).choices[0].finish_reason).toBe("stop");
    expect(list.at(-1).usage).toEqual({ prompt_tokens: 2, completion_tokens: 3, total_tokens: 5 });
    expect(
      specErrors("egp_api_backend__server__api__models__inference_models__Completion", list.at(-1)),
    ).toEqual([]);
  });

  test("POST /v5/chat/completions and /v4/beta/chat/completions answer chat.completion", async () => {
    for (const path of ["/v5/chat/completions", "/v4/beta/chat/completions"]) {
      const res = await post(path, {
        model: CHAT,
        messages: [
          { role: "developer", content: "Be brief." },
          { role: "user", content: [{ type: "text", text: "Say hi" }] },
        ],
        temperature: 1.5,
        max_completion_tokens: 16,
        some_future_key: true,
      });
      expect(res.status).toBe(200);
      expect(
        specErrors("egp_api_backend__server__api__models__inference_models__ChatCompletion", res.body),
      ).toEqual([]);
      expect(res.body).toMatchObject({
        object: "chat.completion",
        model: CHAT,
        choices: [
          { index: 0, message: { role: "assistant", content: "echo: Say hi" }, finish_reason: "stop" },
        ],
        usage: { prompt_tokens: 2, completion_tokens: 3, total_tokens: 5 },
      });
    }
  });

  test("tools come back as tool_calls with finish_reason tool_calls, and tool results go back in", async () => {
    const tools = [
      { type: "function", function: { name: "get_weather", parameters: { type: "object", properties: {} } } },
    ];
    const res = await post("/v5/chat/completions", {
      model: AGENT,
      messages: [{ role: "user", content: "weather in Paris?" }],
      tools,
    });
    expect(res.status).toBe(200);
    expect(res.body.choices[0].finish_reason).toBe("tool_calls");
    const [toolCall] = res.body.choices[0].message.tool_calls;
    expect(toolCall).toMatchObject({
      type: "function",
      function: { name: "get_weather", arguments: '{"city":"Paris"}' },
    });
    const next = await post("/v5/chat/completions", {
      model: AGENT,
      messages: [
        { role: "user", content: "weather in Paris?" },
        { role: "assistant", content: null, tool_calls: [toolCall] },
        { role: "tool", tool_call_id: toolCall.id, content: "sunny" },
      ],
      tools,
    });
    expect(next.body.choices[0].message.content).toBe("echo: sunny");
    const bad = await post("/v5/chat/completions", {
      model: AGENT,
      messages: [{ role: "wizard", content: "x" }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["body", "messages", 0, "role"]);
  });

  test("v5 chat streams chat.completion.chunk frames", async () => {
    const list = await frames(
      await call(egp, "POST", "/v4/beta/chat/completions", {
        body: { model: CHAT, messages: [{ role: "user", content: "Say hi" }], stream: true },
      }),
    );
    for (const frame of list) expect(specErrors("ChatCompletionChunk", frame)).toEqual([]);
    expect(list[0].choices[0].delta).toEqual({ role: "assistant", content: "" });
    expect(list.map((f) => f.choices[0].delta.content ?? "").join("")).toBe("echo: Say hi");
    expect(list.at(-1).choices[0].finish_reason).toBe("stop");
    expect(list.at(-1).usage.total_tokens).toBe(5);
  });

  test("unknown names are 404s listing the served ones; what local engines lack is a value_error", async () => {
    const res = await post("/v5/chat/completions", { model: "gpt-5", messages: [] });
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain(`Names served here for chat completions: ${AGENT}, ${CHAT}`);
    const logprobs = await post("/v5/chat/completions", { model: CHAT, messages: [], logprobs: true });
    expect(logprobs.status).toBe(422);
    expect(logprobs.body.detail[0]).toMatchObject({ loc: ["body", "logprobs"], type: "value_error" });
    const missing = await post("/v5/completions", { model: COMPLETION });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0]).toMatchObject({ loc: ["body", "prompt"], type: "missing" });
  });

  test("GET /v5/chat/completions/models lists the chat names served here", async () => {
    const all = await callJson(egp, "GET", "/v5/chat/completions/models");
    expect(all.status).toBe(200);
    expect(specErrors("APIList_ModelDefinition_", all.body)).toEqual([]);
    expect(all.body).toEqual({
      object: "list",
      items: [
        { model_name: AGENT, model_vendor: "model_zoo", model_type: "chat_completion" },
        { model_name: CHAT, model_vendor: "model_zoo", model_type: "chat_completion" },
      ],
    });
    const page = await callJson(egp, "GET", `/v5/chat/completions/models?limit=1&starting_after=${AGENT}`);
    expect(page.body.items.map((i: { model_name: string }) => i.model_name)).toEqual([CHAT]);
    const before = await callJson(egp, "GET", `/v5/chat/completions/models?ending_before=${CHAT}`);
    expect(before.body.items.map((i: { model_name: string }) => i.model_name)).toEqual([AGENT]);
    const vendor = await callJson(egp, "GET", "/v5/chat/completions/models?model_vendor=openai");
    expect(vendor.body.items).toEqual([]);
    const bad = await callJson(egp, "GET", "/v5/chat/completions/models?limit=0");
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["query", "limit"]);
  });
});

describe("usage", () => {
  test("every by-name execution is recorded against the model that served it, streams included", async () => {
    const before = (await usageRows(COMPLETION)).length;
    await post("/v4/completions", { model: COMPLETION, prompt: "count me" });
    await (
      await call(egp, "POST", "/v5/completions", { body: { model: COMPLETION, prompt: "x", stream: true } })
    ).text();
    const rows = await usageRows(COMPLETION);
    expect(rows.length).toBe(before + 2);
    for (const row of rows.slice(-2))
      expect(row).toMatchObject({ modelName: COMPLETION, promptTokens: 2, responseTokens: 3, error: false });
    const stats = await callJson(
      egp,
      "GET",
      `/v4/models/${COMPLETION}/usage-statistics?start_date=2026-03-01T00:00:00Z&end_date=2026-03-02T00:00:00Z&chunks=1`,
    );
    expect(stats.body.data[0].prompt_tokens).toBe(rows.reduce((n, r) => n + r.promptTokens, 0));
    // Refusals before a model is chosen are not executions; unknown names count against nothing.
    expect((await usageRows(CHAT)).every((r) => r.modelName === CHAT)).toBe(true);
  });
});

describe("roles and the service the console calls", () => {
  test("viewers list the served chat names but cannot execute by name", async () => {
    const { apiKey } = await egp.users.createUser("by-name-viewer@local", "viewer");
    const list = await callJson(egp, "GET", "/v5/chat/completions/models", { key: apiKey });
    expect(list.status).toBe(200);
    for (const [path, body] of [
      ["/v4/completions", { model: COMPLETION, prompt: "x" }],
      ["/v4/chat-completions", { model: CHAT, messages: [] }],
      ["/v4/agents/execute", { model: AGENT, tools: [], messages: [] }],
      ["/v5/chat/completions", { model: CHAT, messages: [] }],
      ["/v5/completions", { model: COMPLETION, prompt: "x" }],
    ] as const) {
      const res = await callJson(egp, "POST", path, { body, key: apiKey });
      expect(res.status, path).toBe(403);
    }
  });

  test("servedModels lists what answers each use; resolveByName picks the READY deployment", async () => {
    const ctx = await serviceContext(egp);
    const all = await servedModels(ctx);
    expect(all.map((m) => [m.name, m.modelType, m.uses])).toEqual([
      [AGENT, "AGENT", ["chat", "agent"]],
      [CHAT, "CHAT_COMPLETION", ["completion", "chat", "agent"]],
      [COMPLETION, "COMPLETION", ["completion"]],
    ]);
    expect(all.find((m) => m.name === CHAT)).toMatchObject({
      modelId: ids[CHAT].modelId,
      deploymentId: ids[CHAT].deploymentId,
      builtin: false,
    });
    expect(await servedModelNames(ctx, "completion")).toEqual([CHAT, COMPLETION]);
    const route = await callJson(egp, "GET", "/local/served-models?use=agent");
    expect(route.body.items).toEqual([
      expect.objectContaining({ name: AGENT, model_type: "AGENT", uses: ["chat", "agent"] }),
      expect.objectContaining({ name: CHAT, deployment_id: ids[CHAT].deploymentId, builtin: false }),
    ]);
    expect((await callJson(egp, "GET", "/local/served-models?use=nope")).status).toBe(422);
    const target = await resolveByName(ctx, CHAT, "chat");
    expect(target.deployment.id).toBe(ids[CHAT].deploymentId);
    await expect(resolveByName(ctx, COMPLETION, "chat")).rejects.toThrow(
      `"${COMPLETION}" is a COMPLETION model; chat completions need a CHAT_COMPLETION or AGENT model`,
    );
  });
});

describe("a model still deploying", () => {
  test("is a 409 (a retry can succeed), then answers once READY", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = await openTestEgp({
      loadEngine: async (spec) => {
        if (spec.config.MODEL_PATH === "/slow.gguf") await gate;
        return stubEngine(spec);
      },
    });
    try {
      const model = await callJson(slow, "POST", "/v4/models", {
        body: {
          name: CHAT,
          model_type: "CHAT_COMPLETION",
          account_id: slow.bootstrap.accountId,
          model_template_id: await templateId(slow, "Local GGUF chat"),
          model_creation_parameters: { MODEL_PATH: "/slow.gguf" },
        },
      });
      await callJson(slow, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
      const body = { model: CHAT, messages: [{ role: "user", content: "Hi" }] };
      const early = await callJson(slow, "POST", "/v4/chat-completions", { body });
      expect(early.status).toBe(409);
      expect(early.body.detail).toContain(`Model "${CHAT}" is still deploying`);
      release();
      await slow.idle();
      const later = await callJson(slow, "POST", "/v4/chat-completions", { body });
      expect(later.status).toBe(200);
    } finally {
      release();
      await slow.close();
    }
  });
});
