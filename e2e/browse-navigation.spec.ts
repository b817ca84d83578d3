import { expect, test, uniqueName } from "./fixtures";
import { browseData } from "./pages/browse-list";

test("'/' focuses the list search from anywhere on the page", async ({ adminPage: page }) => {
  for (const path of ["/models", "/templates", "/deployments", "/groups"]) {
    await page.goto(path);
    await expect(page.getByRole("table")).toBeVisible();
    // The table is server-rendered, so retry until hydration has attached the key handler.
    await expect(async () => {
      await page.locator("body").click({ position: { x: 5, y: 5 } });
      await page.keyboard.press("/");
      await expect(page.getByRole("searchbox")).toBeFocused({ timeout: 500 });
    }).toPass();
  }
});

test("Ctrl+K jumps to a model by name", async ({ adminPage: page, request }) => {
  const model = await browseData(request).createModel(uniqueName("palette-model"));
  await page.goto("/groups");
  await expect(page.getByRole("table")).toBeVisible();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await palette.getByRole("combobox").fill(model.name);
  await palette.getByRole("option", { name: new RegExp(model.name) }).click();
  await expect(page).toHaveURL(new RegExp(`/models/${model.id}$`));
});

test("list filters come back with the browser's back button", async ({ adminPage: page }) => {
  await page.goto("/templates");
  await page.getByRole("combobox", { name: "Model type" }).click();
  await page.getByRole("option", { name: "Embedding", exact: true }).click();
  await expect(page).toHaveURL(/model_type=EMBEDDING/);
  await page.goto("/groups");
  await page.goBack();
  await expect(page).toHaveURL(/model_type=EMBEDDING/);
  await expect(page.getByRole("combobox", { name: "Model type" })).toHaveText("Embedding");
});
