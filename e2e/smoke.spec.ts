import { expect, test } from "./fixtures";

test("sign-in page renders and rejects a wrong key with a readable message", async ({ page }) => {
  await page.goto("/models");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("API key").fill("not-a-real-key-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not accepted" })).toBeVisible();
});

test("an admin signs in with the key and navigates the shell", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("API key").fill("egp-e2e-admin-key-0123456789abcdef");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/models/);
  const nav = page.getByRole("navigation").first();
  for (const [label, path] of [
    ["Templates", "/templates"],
    ["Deployments", "/deployments"],
    ["Groups", "/groups"],
    ["Playground", "/playground"],
    ["Models", "/models"],
  ] as const) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }
  await expect(page.getByText("Local", { exact: true }).first()).toBeVisible();
});

test("unknown pages get the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
});
