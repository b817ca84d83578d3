import { describe, expect, test } from "vitest";
import { call, callJson } from "../testing/open-test-egp";
import { AGENT, CHAT, COMPLETION, T0, withServedByName } from "../testing/served-by-name";
import { sseFrames } from "../testing/sse";
import { specErrors } from "../testing/spec-validator";

const served = withServedByName();
const { post } = served;

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
    const list = await sseFrames(
      await call(served.egp, "POST", "/v5/completions", {
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
    const list = await sseFrames(
      await call(served.egp, "POST", "/v4/beta/chat/completions", {
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
    const all = await callJson(served.egp, "GET", "/v5/chat/completions/models");
    expect(all.status).toBe(200);
    expect(specErrors("APIList_ModelDefinition_", all.body)).toEqual([]);
    expect(all.body).toEqual({
      object: "list",
      items: [
        { model_name: AGENT, model_vendor: "model_zoo", model_type: "chat_completion" },
        { model_name: CHAT, model_vendor: "model_zoo", model_type: "chat_completion" },
      ],
    });
    const page = await callJson(
      served.egp,
      "GET",
      `/v5/chat/completions/models?limit=1&starting_after=${AGENT}`,
    );
    expect(page.body.items.map((i: { model_name: string }) => i.model_name)).toEqual([CHAT]);
    const before = await callJson(served.egp, "GET", `/v5/chat/completions/models?ending_before=${CHAT}`);
    expect(before.body.items.map((i: { model_name: string }) => i.model_name)).toEqual([AGENT]);
    const vendor = await callJson(served.egp, "GET", "/v5/chat/completions/models?model_vendor=openai");
    expect(vendor.body.items).toEqual([]);
    const bad = await callJson(served.egp, "GET", "/v5/chat/completions/models?limit=0");
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["query", "limit"]);
  });
});
