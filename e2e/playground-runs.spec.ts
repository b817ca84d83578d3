import type { Browser, Page } from "@playwright/test";
import { sendJson, startFakeOpenAiServer } from "../lib/local-egp/testing/fake-openai-server";
import { createUser, expect, signIn, test, uniqueName } from "./fixtures";
import { createGgufTarget, createTarget, PlaygroundPage } from "./pages/playground";

/** A second user of the admin's account, signed in in a browser context of their own. */
async function secondUser(browser: Browser, page: Page, role: "member" | "viewer" = "member") {
  const key = await createUser(page.request, role);
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, key);
  return { page: other, close: () => context.close() };
}

test.describe("playground: runs that last, links that travel, presets", () => {
  test("a run's permalink opens for a second user of the account, who can reopen but not delete it", async ({
    adminPage: page,
    browser,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Hashing embedder/);
    const text = uniqueName("permalink text");
    await page.getByLabel("Text 1", { exact: true }).fill(text);
    await playground.run(/^Embed/);
    await expect(page.getByTestId("embedding-dimensions")).toBeVisible();

    await page.getByRole("button", { name: /^History/ }).click();
    const newest = page.getByRole("list", { name: "Past runs" }).getByRole("listitem").first();
    await expect(newest).toContainText("Hashing embedder");
    await newest.getByRole("link", { name: /Open the page of the run/ }).click();
    await expect(page).toHaveURL(/\/playground\/runs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: /Run on Hashing embedder/ })).toBeVisible();
    await expect(page.getByLabel("Run input")).toContainText(text);
    await expect(page.getByRole("button", { name: "Delete" })).toBeVisible();
    const permalink = page.url();

    const member = await secondUser(browser, page);
    await member.page.goto(permalink);
    await expect(member.page.getByRole("heading", { name: /Run on Hashing embedder/ })).toBeVisible();
    await expect(member.page.getByLabel("Run input")).toContainText(text);
    await expect(member.page.getByLabel("Run output")).toContainText("embeddings");
    await expect(member.page.getByText(/admin@/).first()).toBeVisible();
    await expect(member.page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await new PlaygroundPage(member.page).expectAccessible();

    // The account's history finds it by its input, searched on the server.
    await member.page.getByRole("link", { name: "Open in playground" }).click();
    await expect(member.page.getByLabel("Text 1", { exact: true })).toHaveValue(text);
    await member.page.getByRole("button", { name: /^History/ }).click();
    await member.page.getByRole("tab", { name: "Account" }).click();
    await member.page.getByLabel("Search runs").fill(text);
    const found = member.page.getByRole("list", { name: "Past runs" }).getByRole("listitem");
    await expect(found).toHaveCount(1);
    await expect(found.getByRole("button", { name: /Delete run/ })).toHaveCount(0);
    await member.page.getByRole("tab", { name: "Mine" }).click();
    await expect(member.page.getByText("No runs match.")).toBeVisible();
    await member.close();

    // Its owner deletes it; the link is then gone for everyone.
    await page.goto(permalink);
    await page.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/playground$/);
    const gone = await page.goto(permalink);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("reload and a pasted link keep every input: embedding and reranking", async ({
    adminPage: page,
    browser,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Hashing embedder/);
    await page.getByLabel("Text 1", { exact: true }).fill("first text");
    await page.getByLabel("Text 2", { exact: true }).fill("second text");
    await page.getByRole("button", { name: "Remove text 3" }).click();
    await expect(page).toHaveURL(/[?&]input=/);
    await page.reload();
    await expect(page.getByLabel("Text 1", { exact: true })).toHaveValue("first text");
    await expect(page.getByLabel("Text 2", { exact: true })).toHaveValue("second text");
    await expect(page.getByLabel("Text 3", { exact: true })).toHaveCount(0);

    await playground.open(/Hybrid reranker/);
    await page.getByLabel("Query", { exact: true }).fill("Which fruit is yellow?");
    await page.getByRole("tab", { name: "Paste" }).click();
    await page
      .getByLabel(/One chunk per line/)
      .fill("Apples are red.\nBananas are yellow.\nGrapes are green.\nPlums are purple.");
    await page.getByLabel("Top k").fill("2");
    await expect(page).toHaveURL(/[?&]input=/);
    await page.reload();
    await expect(page.getByLabel("Query", { exact: true })).toHaveValue("Which fruit is yellow?");
    for (const [i, chunk] of [
      "Apples are red.",
      "Bananas are yellow.",
      "Grapes are green.",
      "Plums are purple.",
    ].entries()) {
      await expect(page.getByLabel(`Chunk ${i + 1}`, { exact: true })).toHaveValue(chunk);
    }
    await expect(page.getByLabel("Top k")).toHaveValue("2");

    // Pasted into another user's browser, the link shows the same four chunks.
    const link = page.url();
    const member = await secondUser(browser, page, "viewer");
    await member.page.goto(link);
    await expect(member.page.getByLabel("Chunk 4", { exact: true })).toHaveValue("Plums are purple.");
    await expect(member.page.getByLabel("Query", { exact: true })).toHaveValue("Which fruit is yellow?");
    await member.close();
  });

  test("reload keeps every input: completion and chat parameters, prompt and messages", async ({
    adminPage: page,
  }) => {
    const playground = new PlaygroundPage(page);
    const completion = await createGgufTarget(page.request, "COMPLETION");
    await playground.openDeployment(completion.modelId, completion.deploymentId);
    await page.getByLabel("Prompt").fill("A tale of two links");
    await page.getByLabel("Temperature").fill("0.7");
    await page.getByLabel("Max tokens").fill("12");
    await page.getByLabel("Stop sequences").fill("END");
    await page.getByRole("button", { name: "Add stop sequence" }).click();
    await page.getByLabel("Stream tokens").click();
    await expect(page).toHaveURL(/[?&]input=/);
    await page.reload();
    await expect(page.getByLabel("Prompt")).toHaveValue("A tale of two links");
    await expect(page.getByLabel("Temperature")).toHaveValue("0.7");
    await expect(page.getByLabel("Max tokens")).toHaveValue("12");
    await expect(page.getByRole("list", { name: "Stop sequences" })).toContainText("END");
    await expect(page.getByLabel("Stream tokens")).not.toBeChecked();

    const chat = await createGgufTarget(page.request, "CHAT_COMPLETION");
    await playground.openDeployment(chat.modelId, chat.deploymentId);
    await page.getByLabel("Message 1 (system)").fill("You answer in French.");
    await page.getByLabel("Your message").fill("Bonjour?");
    await page.getByLabel("Max tokens").fill("8");
    await expect(page).toHaveURL(/[?&]input=/);
    await page.reload();
    await expect(page.getByLabel("Message 1 (system)")).toHaveValue("You answer in French.");
    await expect(page.getByLabel("Your message")).toHaveValue("Bonjour?");
    await expect(page.getByLabel("Max tokens")).toHaveValue("8");
  });

  test("reload keeps every input: agent instructions, tools and messages", async ({ adminPage: page }) => {
    const fake = await startFakeOpenAiServer(["fake-agent"]);
    fake.handle((_req, res) =>
      sendJson(res, 200, { object: "list", data: [{ id: "fake-agent", object: "model" }] }),
    );
    try {
      const agent = await createTarget(page.request, {
        type: "AGENT",
        image: "openai-compatible",
        params: { BASE_URL: fake.baseUrl, MODEL: "fake-agent" },
      });
      const playground = new PlaygroundPage(page);
      await playground.openDeployment(agent.modelId, agent.deploymentId);
      await page.getByLabel("Instructions").fill("Only use the clock.");
      const tools = JSON.stringify(
        [
          {
            name: "get_time",
            description: "Time in a city",
            arguments: { type: "object", properties: { city: { type: "string" } } },
          },
        ],
        null,
        2,
      );
      await page.getByLabel("Tools (JSON)").fill(tools);
      await page.getByLabel("Message 1 (user)").fill("What time is it in Oslo?");
      await expect(page).toHaveURL(/[?&]input=/);
      await page.reload();
      await expect(page.getByLabel("Instructions")).toHaveValue("Only use the clock.");
      await expect(page.getByLabel("Tools (JSON)")).toHaveValue(tools);
      await expect(page.getByLabel("Message 1 (user)")).toHaveValue("What time is it in Oslo?");
    } finally {
      await fake.close();
    }
  });

  test("a preset saves the input under a name, shared in the account, and loads from the picker", async ({
    adminPage: page,
    browser,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Hashing embedder/);
    const name = uniqueName("texts");
    await page.getByLabel("Text 1", { exact: true }).fill("preset one");
    await page.getByLabel("Text 2", { exact: true }).fill("preset two");
    await page.getByRole("button", { name: "Presets" }).click();
    await page.getByLabel("Save this input as").fill(name);
    await page.getByLabel("Share in account").click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("button", { name: `Load preset ${name}` })).toBeVisible();
    await page.keyboard.press("Escape");

    await page.getByLabel("Text 1", { exact: true }).fill("changed");
    await page.getByRole("button", { name: "Presets" }).click();
    await page.getByRole("button", { name: `Load preset ${name}` }).click();
    await expect(page.getByLabel("Text 1", { exact: true })).toHaveValue("preset one");
    await expect(page.getByLabel("Text 2", { exact: true })).toHaveValue("preset two");
    await playground.expectAccessible();

    const member = await secondUser(browser, page);
    await new PlaygroundPage(member.page).open(/Hashing embedder/);
    await member.page.getByRole("button", { name: "Presets" }).click();
    const shared = member.page.getByRole("button", { name: `Load preset ${name}` });
    await expect(shared).toContainText(/admin@/);
    await expect(member.page.getByRole("button", { name: `Delete preset ${name}` })).toHaveCount(0);
    await shared.click();
    await expect(member.page.getByLabel("Text 2", { exact: true })).toHaveValue("preset two");
    await member.close();
  });
});
