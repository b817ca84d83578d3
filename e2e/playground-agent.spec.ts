import { sendJson, startFakeOpenAiServer } from "../lib/local-egp/testing/fake-openai-server";
import { expect, test } from "./fixtures";
import { createTarget, PlaygroundPage } from "./pages/playground";

type WireMessage = { role: string; content?: string | null; tool_call_id?: string; tool_calls?: unknown[] };
type ChatBody = { messages?: WireMessage[] };

const reply = (message: object, finish: string) => ({
  id: "x",
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
  usage: { prompt_tokens: 5, completion_tokens: 3 },
});

let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

const call = (id: string, name: string, args: object) => ({
  id,
  type: "function",
  function: { name, arguments: JSON.stringify(args) },
});

test.beforeAll(async () => {
  fake = await startFakeOpenAiServer(["fake-agent"]);
  // "Plan a trip" takes two tool rounds (two calls, then one); anything else asks for the weather once.
  fake.handle((req, res) => {
    if (req.method === "GET")
      return sendJson(res, 200, { object: "list", data: [{ id: "fake-agent", object: "model" }] });
    const messages = (req.body as ChatBody).messages ?? [];
    const results = messages.filter((m) => m.role === "tool").length;
    const trip = messages.some((m) => m.role === "user" && m.content?.includes("Plan a trip"));
    if (trip && results === 0) {
      const calls = [
        call("call_w1", "get_weather", { city: "Paris" }),
        call("call_w2", "get_weather", { city: "Oslo" }),
      ];
      return sendJson(res, 200, reply({ content: null, tool_calls: calls }, "tool_calls"));
    }
    if (trip && results === 2) {
      const calls = [call("call_t1", "get_time", { city: "Oslo" })];
      return sendJson(res, 200, reply({ content: null, tool_calls: calls }, "tool_calls"));
    }
    if (results > 0) return sendJson(res, 200, reply({ content: "It is sunny in Paris." }, "stop"));
    const calls = [call("c1", "get_weather", { city: "Paris" })];
    return sendJson(res, 200, reply({ content: null, tool_calls: calls }, "tool_calls"));
  });
});
test.afterAll(async () => fake?.close());

test("agent: a tool request is answered with a tool message and the run continues", async ({
  adminPage: page,
}) => {
  const target = await createTarget(page.request, {
    type: "AGENT",
    image: "openai-compatible",
    params: { BASE_URL: fake.baseUrl, MODEL: "fake-agent" },
  });
  const playground = new PlaygroundPage(page);
  await playground.openDeployment(target.modelId, target.deploymentId);

  await page.getByLabel("Tools (JSON)").fill("[{");
  await expect(page.getByRole("alert").filter({ hasText: "Not valid JSON" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Run agent/ })).toBeDisabled();
  await page.getByLabel("Tools (JSON)").fill(
    JSON.stringify([
      {
        name: "get_weather",
        description: "Weather",
        arguments: { type: "object", properties: { city: { type: "string", description: "City" } } },
      },
    ]),
  );
  await expect(page.getByText("1 valid tool")).toBeVisible();

  await playground.run(/^Run agent/);
  const answer = page.getByRole("region", { name: "Answer the tool request" });
  await expect(answer).toContainText("get_weather");
  await expect(answer).toContainText('"city": "Paris"');
  await expect(page.getByTestId("agent-action")).toContainText("tool_request");
  await playground.expectAccessible();

  await answer.getByLabel("Result of get_weather").fill('{"sky": "clear", "temp_c": 21}');
  await answer.getByRole("button", { name: "Send tool result and continue" }).click();
  const conversation = page.getByRole("list", { name: "Agent conversation" });
  await expect(conversation.locator("li[data-role=agent]").last()).toContainText("It is sunny in Paris.");
  await expect(conversation.locator("li[data-role=tool]")).toContainText("temp_c");
  const lastCall = fake.requests.at(-1)?.body as ChatBody;
  expect(lastCall.messages?.slice(-2)).toEqual([
    { role: "assistant", content: null, tool_calls: [call("c1", "get_weather", { city: "Paris" })] },
    { role: "tool", tool_call_id: "c1", content: '{"sky": "clear", "temp_c": 21}' },
  ]);
});

const TOOLS = ["get_weather", "get_time"].map((name) => ({
  name,
  description: name,
  arguments: { type: "object", properties: { city: { type: "string", description: "City" } } },
}));

test("agent: two tool rounds, the first with two calls, reach the model as calls paired by id", async ({
  adminPage: page,
}) => {
  const target = await createTarget(page.request, {
    type: "AGENT",
    image: "openai-compatible",
    params: { BASE_URL: fake.baseUrl, MODEL: "fake-agent" },
  });
  const playground = new PlaygroundPage(page);
  await playground.openDeployment(target.modelId, target.deploymentId);
  await page.getByLabel("Tools (JSON)").fill(JSON.stringify(TOOLS));
  await page
    .getByLabel("Message 1 (user)")
    .fill("Plan a trip: weather in Paris and Oslo, then the time in Oslo.");
  const before = fake.requests.length;

  await playground.run(/^Run agent/);
  const first = page.getByRole("region", { name: "Answer the 2 tool calls" });
  await expect(first.getByTestId("tool-call")).toHaveCount(2);
  await expect(page.getByTestId("run-disabled-reason")).toHaveText("Answer the tool calls above first.");
  await first.getByLabel("Result of get_weather (call 1)").fill("sunny, 24°C");
  await first.screenshot({ path: "test-results/agent-two-calls-pending.png" });
  await first.getByLabel("Result of get_weather (call 2)").fill("rain, 9°C");
  await first.getByRole("button", { name: "Send tool results and continue" }).click();

  const second = page.getByRole("region", { name: "Answer the tool request" });
  await expect(second).toContainText('"city": "Oslo"');
  await second.getByLabel("Result of get_time").fill("14:05");
  await second.getByRole("button", { name: "Send tool result and continue" }).click();
  const conversation = page.getByRole("list", { name: "Agent conversation" });
  await expect(conversation.locator("li[data-role=agent]").last()).toContainText("It is sunny in Paris.");
  await expect(conversation.locator("li[data-role=tool]")).toHaveCount(3);
  await expect(conversation.locator("li[data-role=tool]").nth(1)).toContainText('for city: "Oslo"');
  await playground.expectAccessible();
  // Tall enough for the whole conversation: a full-page shot repeats the sticky header mid-page.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.screenshot({ path: "test-results/agent-two-rounds.png" });

  const posts = fake.requests.slice(before).filter((r) => r.method === "POST");
  expect(posts).toHaveLength(3);
  const wire = (posts[2].body as ChatBody).messages ?? [];
  expect(wire.filter((m) => m.role !== "system")).toEqual([
    { role: "user", content: "Plan a trip: weather in Paris and Oslo, then the time in Oslo." },
    {
      role: "assistant",
      content: null,
      tool_calls: [
        call("call_w1", "get_weather", { city: "Paris" }),
        call("call_w2", "get_weather", { city: "Oslo" }),
      ],
    },
    { role: "tool", tool_call_id: "call_w1", content: "sunny, 24°C" },
    { role: "tool", tool_call_id: "call_w2", content: "rain, 9°C" },
    { role: "assistant", content: null, tool_calls: [call("call_t1", "get_time", { city: "Oslo" })] },
    { role: "tool", tool_call_id: "call_t1", content: "14:05" },
  ]);
});

test("chat form: a bad temperature and max tokens are caught in words before anything is sent", async ({
  adminPage: page,
}) => {
  const target = await createTarget(page.request, {
    type: "CHAT_COMPLETION",
    image: "openai-compatible",
    params: { BASE_URL: fake.baseUrl, MODEL: "fake-agent" },
  });
  const playground = new PlaygroundPage(page);
  await playground.openDeployment(target.modelId, target.deploymentId);
  let sent = 0;
  page.on("request", (r) => r.url().includes("/api/playground/execute") && sent++);
  const send = page.getByRole("button", { name: /^Send/ });
  await expect(send).toBeEnabled();

  await page.getByLabel("Temperature").fill("3");
  await expect(send).toBeDisabled();
  await expect(page.getByTestId("run-disabled-reason")).toHaveText("Temperature must be between 0 and 2");
  await page.getByLabel("Temperature").fill("0.5");
  await page.getByLabel("Max tokens").fill("0");
  await expect(page.getByTestId("run-disabled-reason")).toHaveText("Max tokens must be at least 1");
  await expect(page.getByRole("alert").filter({ hasText: "Max tokens must be at least 1" })).toBeVisible();
  await playground.expectAccessible();
  await page.screenshot({ path: "test-results/chat-validation.png", fullPage: true });
  expect(sent).toBe(0);
});
