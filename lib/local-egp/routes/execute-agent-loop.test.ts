import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { loadEngine } from "../engines";
import { sendJson, startFakeOpenAiServer } from "../testing/fake-openai-server";
import { callJson, openTestEgp, templateId, waitForDeployment, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

// The agent loop at the wire: what the OpenAI-compatible server receives after each tool round.
type WireMessage = { role: string; content?: string | null; tool_calls?: unknown[]; tool_call_id?: string };
type AgentContext = {
  content: string | null;
  tool_request: { name: string; arguments: string } | null;
  tool_calls?: { id: string; name: string; arguments: string }[];
};

let egp: TestEgp;
let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;
let agent: { modelId: string; deploymentId: string };
let script: object[] = [];

const call = (id: string, name: string, args: object) => ({
  id,
  type: "function",
  function: { name, arguments: JSON.stringify(args) },
});
const toolTurn = (...calls: object[]) => ({ content: null, tool_calls: calls, finish: "tool_calls" });
const textTurn = (content: string) => ({ content, finish: "stop" });

beforeAll(async () => {
  fake = await startFakeOpenAiServer(["fake-agent"]);
  fake.handle((req, res) => {
    if (req.method === "GET") return sendJson(res, 200, { object: "list", data: [{ id: "fake-agent" }] });
    const { finish, ...message } = script.shift() as { finish: string };
    sendJson(res, 200, {
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
      usage: { prompt_tokens: 1, completion_tokens: 1 },
    });
  });
  egp = await openTestEgp({ loadEngine });
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: "loop",
      model_type: "AGENT",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "Agent (OpenAI-compatible)"),
      model_creation_parameters: { BASE_URL: fake.baseUrl, MODEL: "fake-agent" },
    },
  });
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
  expect((await waitForDeployment(egp, model.body.id, dep.body.id)).status).toBe("READY");
  agent = { modelId: model.body.id, deploymentId: dep.body.id };
});
afterAll(async () => {
  await egp?.close();
  await fake?.close();
});
beforeEach(() => {
  script = [];
});

const tools = ["get_weather", "get_time"].map((name) => ({
  name,
  description: name,
  arguments: { type: "object", properties: { city: { type: "string", description: "City" } } },
}));

async function execute(messages: object[]) {
  for (const m of messages) expect(specErrors("Message", m)).toEqual([]);
  const before = fake.requests.length;
  const res = await callJson(
    egp,
    "POST",
    `/v4/models/${agent.modelId}/deployments/${agent.deploymentId}/execute`,
    { body: { tools, messages } },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  // The spec documents the other action's key as null but types it without null.
  const context = Object.fromEntries(Object.entries(res.body.context).filter(([, v]) => v !== null));
  expect(specErrors("ExecuteAgentResponse", { ...res.body, context })).toEqual([]);
  const sent = fake.requests.slice(before).find((r) => r.method === "POST");
  return {
    action: res.body.action as string,
    context: res.body.context as AgentContext,
    wire: (sent?.body as { messages: WireMessage[] }).messages,
  };
}

/** What a client sends next: the agent turn as returned, then one result per call, paired by id. */
const followUp = (context: AgentContext, answer: (name: string, args: string) => string) => [
  { role: "agent", tool_request: context.tool_request, tool_calls: context.tool_calls },
  ...(context.tool_calls ?? []).map((c) => ({
    role: "tool",
    name: c.name,
    tool_call_id: c.id,
    content: answer(c.name, c.arguments),
  })),
];

describe("agent loop against an OpenAI-compatible server", () => {
  test("two calls in one turn, then another round, then content: one assistant turn per round, results by id", async () => {
    script = [
      toolTurn(
        call("call_A", "get_weather", { city: "Paris" }),
        call("call_B", "get_time", { city: "Oslo" }),
      ),
      toolTurn(call("call_C", "get_weather", { city: "Oslo" })),
      textTurn("Sunny in Paris; rain in Oslo at noon."),
    ];
    const messages: object[] = [{ role: "user", content: "Paris weather, Oslo time, then Oslo weather" }];

    const first = await execute(messages);
    expect(first.action).toBe("tool_request");
    expect(first.context).toEqual({
      content: null,
      tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' },
      tool_calls: [
        { id: "call_A", name: "get_weather", arguments: '{"city":"Paris"}' },
        { id: "call_B", name: "get_time", arguments: '{"city":"Oslo"}' },
      ],
    });
    messages.push(...followUp(first.context, (name) => (name === "get_time" ? "12:00" : "sunny")));

    const second = await execute(messages);
    expect(second.wire).toEqual([
      { role: "user", content: "Paris weather, Oslo time, then Oslo weather" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          call("call_A", "get_weather", { city: "Paris" }),
          call("call_B", "get_time", { city: "Oslo" }),
        ],
      },
      { role: "tool", tool_call_id: "call_A", content: "sunny" },
      { role: "tool", tool_call_id: "call_B", content: "12:00" },
    ]);
    expect(second.context.tool_calls).toEqual([
      { id: "call_C", name: "get_weather", arguments: '{"city":"Oslo"}' },
    ]);
    messages.push(...followUp(second.context, () => "rain"));

    const third = await execute(messages);
    expect(third).toMatchObject({
      action: "content",
      context: { content: "Sunny in Paris; rain in Oslo at noon.", tool_request: null },
    });
    expect(third.context.tool_calls).toBeUndefined();
    expect(third.wire.slice(4)).toEqual([
      { role: "assistant", content: null, tool_calls: [call("call_C", "get_weather", { city: "Oslo" })] },
      { role: "tool", tool_call_id: "call_C", content: "rain" },
    ]);
    expect(third.wire.filter((m) => m.role === "assistant" && typeof m.content === "string")).toEqual([]);
  });

  test("results sent in another order than the calls still name the right call", async () => {
    script = [textTurn("ok")];
    const { wire } = await execute([
      { role: "user", content: "q" },
      {
        role: "agent",
        tool_calls: [
          { id: "x1", name: "get_weather", arguments: '{"city":"Paris"}' },
          { id: "x2", name: "get_weather", arguments: '{"city":"Rome"}' },
        ],
      },
      { role: "tool", name: "get_weather", tool_call_id: "x2", content: "hot" },
      { role: "tool", name: "get_weather", tool_call_id: "x1", content: "mild" },
    ]);
    expect(wire.slice(2)).toEqual([
      { role: "tool", tool_call_id: "x2", content: "hot" },
      { role: "tool", tool_call_id: "x1", content: "mild" },
    ]);
  });

  test("a scale_egp client (tool_request, no ids) gets the call with its arguments, not text or {}", async () => {
    script = [textTurn("sunny")];
    const { wire } = await execute([
      { role: "user", content: "weather?" },
      { role: "agent", tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' } },
      { role: "tool", name: "get_weather", content: "sunny" },
    ]);
    expect(wire).toEqual([
      { role: "user", content: "weather?" },
      {
        role: "assistant",
        content: null,
        tool_calls: [call("call_0", "get_weather", { city: "Paris" })],
      },
      { role: "tool", tool_call_id: "call_0", content: "sunny" },
    ]);
  });
});
