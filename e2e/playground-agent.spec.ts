import { sendJson, startFakeOpenAiServer } from "../lib/local-egp/engines/openai/fake-openai-server";
import { expect, test } from "./fixtures";
import { createTarget, PlaygroundPage } from "./pages/playground";

type ChatBody = { messages?: { role: string; content?: string }[] };

const reply = (message: object, finish: string) => ({
  id: "x",
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
  usage: { prompt_tokens: 5, completion_tokens: 3 },
});

let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

test.beforeAll(async () => {
  fake = await startFakeOpenAiServer(["fake-agent"]);
  // The model asks for the weather tool until it has a tool answer, then answers in words.
  fake.handle((req, res) => {
    if (req.method === "GET")
      return sendJson(res, 200, { object: "list", data: [{ id: "fake-agent", object: "model" }] });
    const messages = (req.body as ChatBody).messages ?? [];
    if (messages.some((m) => m.role === "tool"))
      return sendJson(res, 200, reply({ content: "It is sunny in Paris." }, "stop"));
    const call = {
      id: "c1",
      type: "function",
      function: { name: "get_weather", arguments: '{"city":"Paris"}' },
    };
    return sendJson(res, 200, reply({ content: null, tool_calls: [call] }, "tool_calls"));
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
  expect(lastCall.messages?.some((m) => m.role === "tool" && m.content?.includes("temp_c"))).toBe(true);
});
