import { createUser, egpApi, expect, signIn, test, uniqueName } from "./fixtures";
import { dismissToasts, expectAccessible } from "./pages/browse-list";
import { UsersPage } from "./pages/users";

test("an admin adds a viewer, sees its key once, revokes it and removes the user", async ({
  adminPage: page,
  request,
}) => {
  const email = `${uniqueName("ui-viewer")}@example.test`;
  const users = new UsersPage(page);
  await users.goto();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expect(users.row("admin@local")).toContainText("admin");

  const key = await users.addUser(email, "Viewer");
  expect(key).toMatch(/^egp_/);
  expect((await egpApi(request, key).get("/user-info")).status()).toBe(200);
  const row = users.row(email);
  await expect(row).toContainText("viewer");
  await expect(row).toContainText(`${key.slice(0, 10)}…`);
  // Shown once: the page itself never holds the key.
  await expect(page.getByText(key)).toHaveCount(0);
  await expectAccessible(page);

  await row.getByRole("button", { name: `Revoke key ${key.slice(0, 10)}…` }).click();
  await users.confirm(`Revoke API key “${key.slice(0, 10)}…”?`, "Revoke API key");
  await expect(row.getByText("revoked")).toBeVisible();
  expect((await egpApi(request, key).get("/user-info")).status()).toBe(401);

  // The revoke's toast sits where the row's menu opens on a short window.
  await dismissToasts(page);
  await row.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Remove from account" }).click();
  await users.confirm(`Remove user “${email}”?`, "Remove user");
  await expect(users.row(email)).toHaveCount(0);
});

test("the Users page is for admins: a viewer sees why, and no sidebar entry", async ({ page, request }) => {
  await signIn(page, await createUser(request, "viewer"));
  await page.goto("/users");
  await expect(
    page.getByText("Only the admins of this account manage its users and API keys."),
  ).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }),
  ).toHaveCount(0);
});
