import { expect, test, uniqueName } from "./fixtures";
import { BrowseList, browseData, expectAccessible } from "./pages/browse-list";
import { UsersPage } from "./pages/users";

test("groups paginate on the server with a chosen page size, and the page is in the URL", async ({
  adminPage: page,
  request,
}) => {
  const prefix = uniqueName("pg");
  const data = browseData(request);
  for (let i = 0; i < 12; i++) await data.createGroup(`${prefix}-${String(i).padStart(2, "0")}`);

  const list = new BrowseList(page, "Groups");
  await page.goto(`/groups?q=${prefix}`);
  await expect(list.rows()).toHaveCount(12);
  await list.choose("Rows per page", "10");
  await expect(list.rows()).toHaveCount(10);
  await expect(list.pageLabel()).toHaveText("Page 1 of 2");
  await expect(page.getByText("1–10 of 12")).toBeVisible();

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(list.rows()).toHaveCount(2);
  await expect(list.pageLabel()).toHaveText("Page 2 of 2");
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
  await expectAccessible(page);
});

test("search narrows the models list and the URL keeps it", async ({ adminPage: page, request }) => {
  const name = uniqueName("search-model");
  await browseData(request).createModel(name);
  const list = new BrowseList(page, "Models");
  await page.goto("/models");
  await expect(list.rows().first()).toBeVisible();
  const before = await list.rows().count();
  expect(before).toBeGreaterThan(1);

  await list.searchFor(name);
  await expect(list.rows()).toHaveCount(1);
  expect(await list.titles()).toEqual([name]);

  await list.search.fill("no-such-model-anywhere");
  await expect(page.getByText("No models match")).toBeVisible();
  await expectAccessible(page);
});

test("a model type filter narrows, is in the URL and survives a reload", async ({ adminPage: page }) => {
  const list = new BrowseList(page, "Models");
  await page.goto("/models");
  await expect(list.rows().first()).toBeVisible();
  await list.choose("Model type", "Reranking");
  await expect(page).toHaveURL(/[?&]model_type=RERANKING/);
  await expect(list.rows().filter({ hasNotText: "Reranking" })).toHaveCount(0);
  await expect(list.rows().first()).toContainText("Reranking");

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Model type" })).toHaveText("Reranking");
  await expect(list.rows().first()).toContainText("Reranking");
  await expect(list.rows().filter({ hasNotText: "Reranking" })).toHaveCount(0);
  await expectAccessible(page);
});

test("templates filter by model type and open their detail page", async ({ adminPage: page }) => {
  const list = new BrowseList(page, "Templates");
  await page.goto("/templates");
  await list.choose("Model type", "Agent");
  await expect(page).toHaveURL(/[?&]model_type=AGENT/);
  await expect(list.rows()).not.toHaveCount(0);
  await expect(list.rows().filter({ hasNotText: "Agent" })).toHaveCount(0);
  await expectAccessible(page);

  const [title] = await list.titles();
  await list.table.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/templates\/[^/?]+$/);
});

test("clicking a column header toggles the sort order", async ({ adminPage: page, request }) => {
  const prefix = uniqueName("sort");
  const data = browseData(request);
  for (const suffix of ["b", "c", "a"]) await data.createGroup(`${prefix}-${suffix}`);
  const list = new BrowseList(page, "Groups");
  await page.goto(`/groups?q=${prefix}`);
  await expect(list.rows()).toHaveCount(3);

  await list.sortBy("Name");
  await expect(page).toHaveURL(/[?&]sort=name(%3A|:)asc/);
  await expect.poll(() => list.titles()).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
  await expect(list.table.getByRole("columnheader", { name: "Name" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  await list.sortBy("Name");
  await expect(page).toHaveURL(/[?&]sort=name(%3A|:)desc/);
  await expect.poll(() => list.titles()).toEqual([`${prefix}-c`, `${prefix}-b`, `${prefix}-a`]);
  await expect(list.table.getByRole("columnheader", { name: "Name" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
});

test("deployments show status badges, filter by status and link to their detail", async ({
  adminPage: page,
}) => {
  const list = new BrowseList(page, "Deployments");
  await page.goto("/deployments");
  await expect(list.rows().first()).toBeVisible();
  await list.choose("Status", "Ready");
  await expect(page).toHaveURL(/[?&]status=READY/);
  await expect(list.rows().first().getByText("Ready", { exact: true })).toBeVisible();
  await expect(list.rows().filter({ hasNotText: "Ready" })).toHaveCount(0);
  await expectAccessible(page);

  await list.choose("Status", "Failed");
  await expect(list.rows()).toHaveCount(0);
  await expect(page.getByText("No deployments match")).toBeVisible();
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(page).not.toHaveURL(/status=/);

  const [title] = await list.titles();
  await list.table.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page).toHaveURL(/\/models\/[^/]+\/deployments\/[^/?]+$/);
});

test("a model row opens the model's page", async ({ adminPage: page, request }) => {
  const model = await browseData(request).createModel(uniqueName("open-model"));
  const list = new BrowseList(page, "Models");
  await page.goto(`/models?q=${model.name}`);
  await list.table.getByRole("link", { name: model.name }).click();
  await expect(page).toHaveURL(new RegExp(`/models/${model.id}$`));
});

test("a failing list shows the server's message, and Retry loads it", async ({ adminPage: page }) => {
  let failing = false;
  await page.route(/\/api\/groups\?/, async (route) => {
    if (!failing) return route.continue();
    await route.fulfill({
      status: 503,
      json: { error: { code: "upstream_unavailable", message: "The EGP server did not answer in time." } },
    });
  });
  // The first page is rendered on the server; the browser's own fetches are the ones that fail.
  await page.goto("/groups");
  await expect(page.getByRole("table", { name: "Groups" })).toBeVisible();
  failing = true;
  await page.getByRole("searchbox").fill("anything");
  const alert = page.getByRole("alert").filter({ hasText: "The EGP server did not answer in time." });
  await expect(alert).toBeVisible();
  await expectAccessible(page);

  failing = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByText("No groups match")).toBeVisible();
});

test("same-named models are told apart in the list by their id, for screen readers too", async ({
  adminPage: page,
  request,
}) => {
  const name = uniqueName("twin");
  const data = browseData(request);
  const twins = [await data.createModel(name), await data.createModel(name)];
  const solo = await data.createModel(`${name}-solo`);
  const list = new BrowseList(page, "Models");
  await page.goto(`/models?q=${name}`);
  await expect(list.rows()).toHaveCount(3);

  for (const twin of twins) {
    const shortId = twin.id.slice(0, 8);
    const row = list.row(twin.id);
    await expect(row.getByText(new RegExp(`id ${shortId}$`))).toBeVisible();
    await expect(row.getByRole("link", { name, exact: true })).toHaveAccessibleDescription(
      new RegExp(`^Same name as another row: .+ · id ${shortId}$`),
    );
  }
  const soloLink = list.row(solo.id).getByRole("link", { name: solo.name, exact: true });
  await expect(soloLink).not.toHaveAttribute("aria-describedby");
  await expect(list.row(solo.id)).not.toContainText(`id ${solo.id.slice(0, 8)}`);
  await expectAccessible(page);

  // On a phone the Created column is hidden; the hint under the name still tells them apart.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(list.table.getByRole("columnheader", { name: "Created" })).toBeHidden();
  for (const twin of twins) {
    await expect(list.row(twin.id).getByText(`id ${twin.id.slice(0, 8)}`)).toBeVisible();
  }
});

test("on a phone the Users table stacks each user's cells and fits", async ({ adminPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const users = new UsersPage(page);
  await users.goto();
  const table = page.getByRole("table", { name: "Users" });
  const row = users.row("admin@local");
  const email = await row.getByText("admin@local", { exact: true }).boundingBox();
  const role = await row.getByText("admin", { exact: true }).boundingBox();
  const keys = await row.getByRole("list", { name: "API keys of admin@local" }).boundingBox();
  // One under another, each starting at the row's left edge.
  expect(role!.y).toBeGreaterThan(email!.y + email!.height - 1);
  expect(keys!.y).toBeGreaterThan(role!.y + role!.height - 1);
  expect(Math.abs(keys!.x - email!.x)).toBeLessThan(2);
  await expect(row.getByRole("button", { name: "Actions for admin@local" })).toBeInViewport();
  await expect(row.getByRole("button", { name: /^Revoke key / }).first()).toBeInViewport();
  // Nothing to scroll sideways: the table is as wide as its frame.
  const overflow = await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
