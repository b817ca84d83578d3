import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_ADMIN_KEY, E2E_BASE_URL } from "../playwright.config";

export { expect };
export const ADMIN_KEY = E2E_ADMIN_KEY;
export const BASE_URL = E2E_BASE_URL;

/** Signs a browser context in with an API key through the console's own sign-in route. */
export async function signIn(page: Page, apiKey: string) {
  const response = await page.request.post("/api/session", {
    data: { apiKey },
    headers: { origin: E2E_BASE_URL },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Calls the embedded EGP API directly (as an SDK would) with a key. */
export function egpApi(request: APIRequestContext, apiKey = ADMIN_KEY) {
  const headers = { "x-api-key": apiKey };
  return {
    get: (path: string) => request.get(`/egp${path}`, { headers }),
    post: (path: string, data: unknown) => request.post(`/egp${path}`, { headers, data }),
    patch: (path: string, data: unknown) => request.patch(`/egp${path}`, { headers, data }),
    delete: (path: string) => request.delete(`/egp${path}`, { headers }),
  };
}

/** A unique, readable name so tests never collide on shared data. */
export function uniqueName(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export const test = base.extend<{ adminPage: Page }>({
  adminPage: async ({ page }, provide) => {
    await signIn(page, ADMIN_KEY);
    await provide(page);
  },
});

/** Adds a user with a role to the local admin's account (local-only route) and returns its API key. */
export async function createUser(request: APIRequestContext, role: "admin" | "member" | "viewer") {
  const response = await request.post("/egp/local/users", {
    headers: { "x-api-key": ADMIN_KEY },
    data: { email: `${uniqueName(role)}@example.test`, role },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).api_key as string;
}
