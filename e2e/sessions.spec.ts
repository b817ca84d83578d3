import type { BrowserContext, Cookie } from "@playwright/test";
import { ADMIN_KEY, BASE_URL, expect, signIn, test } from "./fixtures";

const sessionCookie = async (context: BrowserContext): Promise<Cookie> => {
  const found = (await context.cookies()).find((c) => c.name === "egp_session");
  expect(found, "a session cookie").toBeTruthy();
  return found!;
};

test("after sign-out a copied session cookie no longer works anywhere", async ({ page, browser }) => {
  await signIn(page, ADMIN_KEY);
  await page.goto("/models");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const copied = await sessionCookie(page.context());

  await page.getByRole("button", { name: /Account menu for/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Another browser holding the copy, as a stolen cookie would be replayed.
  const thief = await browser.newContext({ baseURL: BASE_URL });
  try {
    await thief.addCookies([copied]);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/deployments");
    await expect(thiefPage).toHaveURL(/\/sign-in\?error=signed-out&next=%2Fdeployments$/);
    // The API's 401 also drops the dead cookie, so it goes last.
    const api = await thief.request.get("/api/models");
    expect(api.status()).toBe(401);
    expect((await api.json()).error.code).toBe("unauthorized");
  } finally {
    await thief.close();
  }
});

test("a page loaded with an ended session sends the reader to sign-in, saying signed out", async ({
  page,
  playwright,
}) => {
  await signIn(page, ADMIN_KEY);
  await page.goto("/models");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const cookie = await sessionCookie(page.context());
  // Leave the page first: an open console page whose next background query gets the 401 goes to
  // sign-in by itself, which would race (and abort) the navigation this test makes.
  await page.goto("about:blank");

  // The same sign-in ended elsewhere (another device holding the cookie). A standalone request context
  // with the cookie as a header: its sign-out answer (which clears the cookie) cannot touch this browser's jar.
  const elsewhere = await playwright.request.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}`, origin: BASE_URL },
  });
  try {
    const out = await elsewhere.delete("/api/session");
    expect(out.status()).toBe(204);
  } finally {
    await elsewhere.dispose();
  }
  expect((await page.context().cookies()).some((c) => c.name === cookie.name)).toBe(true);

  await page.goto("/groups?q=alpha");
  await expect(page).toHaveURL(/\/sign-in\?error=signed-out&next=%2Fgroups%3Fq%3Dalpha$/);
  await expect(
    page.getByRole("alert").filter({ hasText: "You were signed out. Sign in again to continue." }),
  ).toBeVisible();

  // Signing in again returns to the page that was asked for.
  await page.getByLabel("API key").fill(ADMIN_KEY);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/groups\?q=alpha$/);
});
