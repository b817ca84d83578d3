import { readFile } from "node:fs/promises";
import { sendJson, sendSse, startFakeOpenAiServer } from "../lib/local-egp/testing/fake-openai-server";
import { ADMIN_KEY, expect, test } from "./fixtures";
import { createTarget, PlaygroundPage } from "./pages/playground";

let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

const chunk = (content: string, finish: string | null = null) => ({
  id: "x",
  object: "chat.completion.chunk",
  choices: [{ index: 0, delta: { content }, finish_reason: finish }],
});

test.beforeAll(async () => {
  fake = await startFakeOpenAiServer(["fake-chat"]);
  fake.handle(async (req, res) => {
    if (req.method === "GET")
      return sendJson(res, 200, { object: "list", data: [{ id: "fake-chat", object: "model" }] });
    const body = req.body as { stream?: boolean };
    if (body.stream) return sendSse(res, [chunk("Waves "), chunk("fold "), chunk("slowly.", "stop")]);
    return sendJson(res, 200, {
      id: "x",
      object: "chat.completion",
      choices: [
        { index: 0, message: { role: "assistant", content: "Waves fold slowly." }, finish_reason: "stop" },
      ],
      usage: { prompt_tokens: 5, completion_tokens: 3 },
    });
  });
});
test.afterAll(async () => fake?.close());

test("view code: curl, scale_gp, scale_egp, the scale-egp CLI with its request file, and TypeScript", async ({
  adminPage: page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.open(/BM25 reranker/);
  const query = "How do I reset my password?";
  await page.getByLabel("Query", { exact: true }).fill(query);
  const model = new URL(page.url()).searchParams.get("model")!;

  await page.getByRole("button", { name: "View code" }).click();
  const dialog = page.getByRole("dialog", { name: "Code for this request" });
  const code = (label: string) => dialog.getByLabel(`${label} code`, { exact: true });

  await expect(code("curl")).toContainText('-H "x-api-key: $SGP_API_KEY"');
  await expect(code("curl")).toContainText("/egp/v4/models/");

  await dialog.getByRole("tab", { name: "Python (scale_gp)" }).click();
  await expect(code("Python (scale_gp)")).toContainText("from scale_gp import SGPClient");
  await expect(code("Python (scale_gp)")).toContainText("client.models.rerankings.create(");

  await dialog.getByRole("tab", { name: "Python (scale_egp)" }).click();
  const egp = code("Python (scale_egp)");
  await expect(egp).toContainText("from scale_egp.sdk.client import EGPClient");
  await expect(egp).toContainText("from scale_egp.sdk.types.models import RerankingRequest");
  await expect(egp).toContainText(
    `client.models().execute(\n    id="${model}",\n    request=RerankingRequest(`,
  );
  await expect(egp).toContainText('api_key=os.environ["EGP_API_KEY"]');

  await dialog.getByRole("tab", { name: "scale-egp CLI" }).click();
  await expect(code("scale-egp CLI")).toContainText(`scale-egp model execute ${model} model-request.json`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download model-request.json" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("model-request.json");
  const file = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    query: string;
    chunks: string[];
  };
  expect(file.query).toBe(query);
  expect(file.chunks.length).toBeGreaterThan(0);
  expect(Object.keys(file).sort()).toEqual(["chunks", "query"]);

  await dialog.getByRole("tab", { name: "TypeScript" }).click();
  await expect(code("TypeScript")).toContainText('"x-api-key": process.env.SGP_API_KEY!');
  await expect(code("TypeScript")).toContainText("await fetch(");

  await expect(dialog).not.toContainText(ADMIN_KEY);
  await playground.expectAccessible();
  await page.screenshot({ path: "test-results/view-code-cli.png" });
  await page.keyboard.press("Escape");

  // Chunks rank in the guide's SDK: chunks().rank with Chunk objects and the model strategy.
  await page.getByRole("button", { name: "Chunks rank code" }).click();
  await dialog.getByRole("tab", { name: "Python (scale_egp)" }).click();
  await expect(egp).toContainText("client.chunks().rank(");
  await expect(egp).toContainText(`ModelRankStrategy(params=ModelRankParams(model_id="${model}"))`);
});

test("model zoo: a chat model by name streams through /v4/chat-completions, and its code is the by-name request", async ({
  adminPage: page,
}) => {
  // A chat model named as one of /v4/chat-completions' built-in names is served by that name.
  await createTarget(page.request, {
    type: "CHAT_COMPLETION",
    image: "openai-compatible",
    params: { BASE_URL: fake.baseUrl, MODEL: "fake-chat" },
    name: "gpt-4o-mini",
  });
  await page.goto("/playground");
  await page.getByRole("combobox", { name: "Deployment" }).click();
  await page.getByRole("option", { name: /gpt-4o-mini.*Chat by name/ }).click();
  await expect(page).toHaveURL(/[?&]zoo=chat-completions(:|%3A)gpt-4o-mini/);
  await expect(page.getByText("/v4/chat-completions").first()).toBeVisible();

  await page.getByLabel("Your message").fill("Describe the sea in three words.");
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/playground/by-name"));
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/playground/by-name"));
  await page.getByRole("button", { name: /^Send/ }).click();
  const body = (await sent).postDataJSON();
  expect(body).toMatchObject({
    route: "chat-completions",
    request: {
      model: "gpt-4o-mini",
      stream: true,
      messages: [
        { role: "system", content: "You are a concise assistant." },
        { role: "user", content: "Describe the sea in three words." },
      ],
    },
  });
  const response = await answered;
  expect(response.headers()["content-type"]).toContain("text/event-stream");
  // The reply came as several frames, one packet each, not as one answer.
  expect((await response.text()).match(/^data: /gm)?.length).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("zoo-run-summary")).toContainText("stop");
  const conversation = page.getByRole("list", { name: "Conversation" });
  await expect(conversation.getByRole("textbox").last()).toHaveValue("Waves fold slowly.");
  const upstream = fake.requests.filter((r) => r.method === "POST").at(-1)?.body as { stream?: boolean };
  expect(upstream.stream).toBe(true);
  await playground(page).expectAccessible();

  await page.getByRole("button", { name: "View code" }).click();
  const dialog = page.getByRole("dialog", { name: "Code for this request" });
  await expect(dialog.getByLabel("curl code", { exact: true })).toContainText("/egp/v4/chat-completions");
  await expect(dialog.getByLabel("curl code", { exact: true })).toContainText('"model": "gpt-4o-mini"');
  await dialog.getByRole("tab", { name: "Python (scale_gp)" }).click();
  await expect(dialog.getByLabel("Python (scale_gp) code", { exact: true })).toContainText(
    'client.chat_completions.create(\n    model="gpt-4o-mini",',
  );
  await dialog.getByRole("tab", { name: "scale-egp CLI" }).click();
  await expect(dialog.getByRole("note")).toContainText("by id");
});

const playground = (page: import("@playwright/test").Page) => new PlaygroundPage(page);
