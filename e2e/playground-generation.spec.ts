import { expect, test } from "./fixtures";
import { createGgufTarget, PlaygroundPage } from "./pages/playground";

// llama.cpp on a random-weight GGUF: the text is meaningless, but streaming, stop and counts are real.
test.describe("playground: completion and chat on a GGUF fixture model", () => {
  test.describe.configure({ timeout: 180_000 });

  test("completion streams, Stop ends it, and a schema error is shown before anything is sent", async ({
    adminPage: page,
  }) => {
    const target = await createGgufTarget(page.request, "COMPLETION");
    const playground = new PlaygroundPage(page);
    await playground.openDeployment(target.modelId, target.deploymentId);
    await page.getByLabel("Prompt").fill("hello world");

    let sent = 0;
    page.on("request", (r) => r.url().includes("/api/playground/execute") && sent++);
    await page.getByLabel("Temperature").fill("5");
    await expect(page.getByRole("button", { name: /^Generate/ })).toBeDisabled();
    await expect(page.getByTestId("run-disabled-reason")).toHaveText("Temperature must be between 0 and 2");
    await expect(page.getByRole("alert").filter({ hasText: "Temperature must be" })).toBeVisible();
    expect(sent).toBe(0);

    await page.getByLabel("Temperature").fill("0.7");
    await page.getByLabel("Max tokens").fill("4");
    await playground.run(/^Generate/);
    const output = page.getByTestId("completion-output");
    await expect(output).toHaveAttribute("data-status", "done", { timeout: 120_000 });
    await expect(page.getByTestId("run-meta")).toContainText(/Completion tokens\s*4/);
    await expect(page.getByTestId("run-meta")).toContainText(/Finish reason\s*length/);
    expect(sent).toBe(1);

    await page.getByLabel("Max tokens").fill("400");
    await playground.run(/^Generate/);
    await expect(output).toHaveAttribute("data-status", "running");
    await expect(output).not.toHaveText("", { timeout: 60_000 });
    const partial = await output.innerText();
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(output).toHaveAttribute("data-status", "stopped");
    await expect(page.getByTestId("run-meta")).toContainText("stopped by you");
    expect(partial.length).toBeGreaterThan(0);
    await playground.expectAccessible();
  });

  test("chat: a reply streams into the conversation; regenerate and clear", async ({ adminPage: page }) => {
    const target = await createGgufTarget(page.request, "CHAT_COMPLETION");
    const playground = new PlaygroundPage(page);
    await playground.openDeployment(target.modelId, target.deploymentId);
    await page.getByLabel("Max tokens").fill("4");
    await page.getByLabel("Your message").fill("hello there");
    await playground.run(/^Send/);
    const conversation = page.getByRole("list", { name: "Conversation" });
    await expect(conversation.locator("li[data-role=assistant]")).toHaveCount(1, { timeout: 120_000 });
    await expect(conversation.locator("li[data-role=user]")).toHaveCount(1);
    await expect(page.getByLabel("Your message")).toHaveValue("");
    await expect(page.getByTestId("chat-run-summary")).toContainText(/Completion tokens\s*4/);

    await page.getByRole("button", { name: "Regenerate" }).click();
    // Both turns are saved runs of this deployment.
    await expect
      .poll(
        async () =>
          (await (await page.request.get(`/api/playground/runs?scope=mine&q=${target.deploymentId}`)).json())
            .items.length,
        { timeout: 120_000 },
      )
      .toBe(2);
    await expect(conversation.locator("li[data-role=assistant]")).toHaveCount(1);
    await playground.expectAccessible();

    await page.getByRole("button", { name: "Clear" }).click();
    await expect(conversation.locator("li[data-role=user], li[data-role=assistant]")).toHaveCount(0);
    await expect(conversation.locator("li[data-role=system]")).toHaveCount(1);
  });
});
