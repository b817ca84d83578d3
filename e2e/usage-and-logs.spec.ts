import { expect, test } from "./fixtures";
import { expectAccessible } from "./pages/models";
import { heldOpenAiServer, lifecycleData, logPanel, usageCard } from "./pages/lifecycle";

test("a deployment's usage chart shows its requests, with the figures as a table", async ({
  adminPage: page,
  request,
}) => {
  const data = lifecycleData(request);
  const model = await data.embeddingModel();
  const deployment = await data.deploy(model.id);
  await data.waitFor(model.id, deployment.id, "READY");
  await data.embed(deployment.id, ["one", "two"]);
  await data.embed(deployment.id, ["three"]);

  await page.goto(`/models/${model.id}/deployments/${deployment.id}`);
  const usage = usageCard(page);
  await expect(usage.range("7 d")).toHaveAttribute("aria-pressed", "true");
  // The metric's label (the screen-reader table below it has a "Requests" column header too).
  await expect(usage.card.getByText("Requests", { exact: true }).first()).toBeVisible();
  await expect(usage.card.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(usage.card.getByText(/^2 requests \(0 failed\), 3 tokens, mean latency/)).toBeVisible();
  // Screen readers get the numbers: the one bucket with requests says 2.
  const rows = usage.table().getByRole("row");
  await expect(rows).toHaveCount(29);
  await expect(usage.table().getByRole("cell", { name: "2", exact: true }).first()).toBeAttached();

  await usage.range("24 h").click();
  await expect(page).toHaveURL(/[?&]usage=24h/);
  await expect(usage.table().getByRole("row")).toHaveCount(25);
  await expectAccessible(page);

  // The model's page counts the same executions, by the model's name.
  await page.goto(`/models/${model.id}?usage=30d`);
  await expect(usage.range("30 d")).toHaveAttribute("aria-pressed", "true");
  await expect(usage.card.getByText(/^2 requests \(0 failed\), 3 tokens/)).toBeVisible();
});

test("without executions the usage card says how to get data; a custom range lives in the URL", async ({
  adminPage: page,
  request,
}) => {
  const data = lifecycleData(request);
  const group = await data.group();
  await page.goto(`/groups/${group.id}`);
  const usage = usageCard(page);
  await expect(usage.card.getByText("No usage in this range")).toBeVisible();
  await expect(usage.card.getByText(/Every execution of a model while it is in this group/)).toBeVisible();
  await expect(usage.card.locator(".recharts-wrapper")).toHaveCount(0);

  await usage.range("Custom").click();
  await expect(usage.card.getByText(/Pick the first and last day/)).toBeVisible();
  await usage.card.getByLabel("From").fill("2026-01-01");
  await usage.card.getByLabel("To").fill("2026-01-07");
  await expect(page).toHaveURL(/usage=custom/);
  await expect(page).toHaveURL(/usage_from=2026-01-01/);
  await expect(usage.card.getByText("No usage in this range")).toBeVisible();
  await page.reload();
  await expect(usage.card.getByLabel("To")).toHaveValue("2026-01-07");
});

test("the log follows a deployment while it deploys, and each request once asked to", async ({
  adminPage: page,
  request,
}) => {
  const data = lifecycleData(request);
  const upstream = await heldOpenAiServer();
  try {
    const slow = await data.slowLoadingModel(upstream.baseUrl);
    const loading = await data.deploy(slow.id);
    await page.goto(`/models/${slow.id}/deployments/${loading.id}`);
    const log = logPanel(page);
    // While the engine waits for its server, the page follows the log by itself.
    await expect(log.lines().filter({ hasText: "Loading the openai-compatible engine" })).toBeVisible();
    await expect(log.follow()).toHaveAttribute("aria-pressed", "true");
    await expect(log.log()).not.toContainText("Ready to serve requests");
    upstream.release();
    await expect(
      log.lines().filter({ hasText: /Engine openai-compatible loaded in (\d+ ms|\d+\.\d s)/ }),
    ).toBeVisible();
    await expect(log.lines().filter({ hasText: "Ready to serve requests" })).toBeVisible();
    // The timeline shows how long each phase took.
    await expect(
      page.getByRole("list", { name: "Status timeline" }).getByTitle("Time in this state").first(),
    ).toBeVisible();
  } finally {
    upstream.release();
    await upstream.close();
  }

  // Once READY, following stops until asked; a request made meanwhile then appears without a reload.
  const model = await data.embeddingModel();
  const deployment = await data.deploy(model.id);
  await data.waitFor(model.id, deployment.id, "READY");
  await page.goto(`/models/${model.id}/deployments/${deployment.id}`);
  const log = logPanel(page);
  await expect(log.lines().filter({ hasText: "Ready to serve requests" })).toBeVisible();
  await expect(log.follow()).toHaveAttribute("aria-pressed", "false");
  await log.follow().click();
  await expect(log.follow()).toHaveAttribute("aria-pressed", "true");
  await data.embed(deployment.id, ["followed"]);
  await expect(
    log.lines().filter({ hasText: /Request answered \(200\) in \d+ ms · 1 prompt/ }),
  ).toBeVisible();
  await expect(log.log()).not.toContainText("followed");
});

test("a failed deployment is retried with the same parameters, or edited first", async ({
  adminPage: page,
  request,
}) => {
  const data = lifecycleData(request);
  const model = await data.brokenModel();
  const failed = await data.deploy(model.id);
  await data.waitFor(model.id, failed.id, "UPDATE_FAILED");
  await page.goto(`/models/${model.id}/deployments/${failed.id}`);
  await expect(page.getByText("The deployment failed")).toBeVisible();
  await expect(
    logPanel(page)
      .lines()
      .filter({ hasText: /Deployment failed: .*e2e\.gguf/ }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Edit and retry" }).click();
  const dialog = page.getByRole("dialog", { name: `Retry ${failed.name}` });
  await expect(dialog.getByLabel("Deployment name")).toHaveValue(`${failed.name}-retry`);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "Retry", exact: true }).click();
  await expect(page).not.toHaveURL(new RegExp(failed.id));
  await expect(page.getByRole("heading", { level: 1, name: `${failed.name}-retry` })).toBeVisible();
  // Same parameters, so the same failure, and the same way forward.
  await expect(page.getByText("The deployment failed")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("/missing/e2e.gguf").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry", exact: true })).toBeVisible();
});

test("deploying a container-image template in local mode is warned about before it fails", async ({
  adminPage: page,
  request,
}) => {
  const data = lifecycleData(request);
  const model = await data.containerModel();
  await page.goto(`/models/${model.id}`);
  await page.getByRole("button", { name: "New deployment" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("container-image-warning")).toContainText(
    "This deployment will fail in local mode",
  );
  await expect(dialog.getByTestId("container-image-warning")).toContainText("EGP_API_URL");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // The same warning on the new-model form, before "Create and deploy".
  await page.goto(`/models/new?template=${model.model_template_id}`);
  await expect(page.getByTestId("container-image-warning")).toContainText("turn off “Deploy after creating”");

  // A local engine's template deploys without it.
  const embeddingModel = await data.embeddingModel();
  await page.goto(`/models/${embeddingModel.id}`);
  await page.getByRole("button", { name: "New deployment" }).click();
  await expect(page.getByRole("dialog").getByLabel("Deployment name")).toBeVisible();
  await expect(page.getByTestId("container-image-warning")).toHaveCount(0);
});
