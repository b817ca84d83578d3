import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { lifecycleData, usageCard } from "./pages/lifecycle";

/** The shell and the usage chart at desktop and phone widths: what a long page and a narrow one show. */

async function readyDeployment(request: APIRequestContext) {
  const data = lifecycleData(request);
  const model = await data.embeddingModel();
  const deployment = await data.deploy(model.id);
  await data.waitFor(model.id, deployment.id, "READY");
  await data.embed(deployment.id, ["one"]);
  return { model, deployment };
}

test("a deployment page: the sidebar keeps its account block at the bottom, the chart labels round hours", async ({
  adminPage: page,
  request,
}) => {
  const { model, deployment } = await readyDeployment(request);

  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`/models/${model.id}/deployments/${deployment.id}?usage=24h`);
  const usage = usageCard(page);
  await expect(usage.card.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // 24 hourly buckets: a label every 6 h (4 or 5 of them), not just the first and last.
  const ticks = usage.card
    .locator("figure")
    .first()
    .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect.poll(() => ticks.count()).toBeGreaterThanOrEqual(3);
  expect(await ticks.count()).toBeLessThanOrEqual(5);
  for (const text of await ticks.allTextContents())
    expect(text).toMatch(/^(\d{1,2} [AP]M|[A-Z][a-z]{2} \d{1,2})$/);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  const account = page.locator("aside").getByTitle(/\(admin\)$/);
  const box = await account.boundingBox();
  expect(box && box.y + box.height).toBeGreaterThan(600 - 40);
  expect(box && box.y + box.height).toBeLessThanOrEqual(600);
});

test("at phone width the breadcrumbs show the parent after an ellipsis, in one line that fits", async ({
  adminPage: page,
  request,
}) => {
  const { model, deployment } = await readyDeployment(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/models/${model.id}/deployments/${deployment.id}`);
  const crumbs = page.getByRole("navigation", { name: "breadcrumb" });
  const parent = crumbs.getByRole("link", { name: model.name, exact: true });
  await expect(parent).toBeVisible();
  await expect(crumbs.getByRole("link", { name: "Models", exact: true })).toBeHidden();
  await expect(crumbs.getByText(deployment.name)).toBeHidden();
  const header = await page.locator("header").boundingBox();
  const trail = await crumbs.boundingBox();
  expect(trail!.height).toBeLessThanOrEqual(24);
  expect(trail!.x + trail!.width).toBeLessThanOrEqual(header!.width);
  await expect(crumbs.getByText("…")).toBeVisible();
  await parent.click();
  await expect(page).toHaveURL(new RegExp(`/models/${model.id}$`));

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/models/${model.id}/deployments/${deployment.id}`);
  await expect(crumbs.getByRole("link", { name: "Models", exact: true })).toBeVisible();
  await expect(crumbs.getByText(deployment.name)).toBeVisible();
});
