import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { egpApi } from "../fixtures";

export { expectAccessible } from "./accessible";

/** A console list page (/models, /templates, /deployments, /groups, a group's models). */
export class BrowseList {
  readonly table: Locator;
  readonly search: Locator;

  constructor(
    readonly page: Page,
    tableName: string,
  ) {
    this.table = page.getByRole("table", { name: tableName, exact: true });
    this.search = page.getByRole("searchbox");
  }

  rows() {
    return this.table.locator("tbody tr[data-row-id]");
  }

  row(id: string) {
    return this.table.locator(`tbody tr[data-row-id="${id}"]`);
  }

  /** The first link of every row: the resource's title, in order. */
  async titles(): Promise<string[]> {
    return this.table.locator("tbody tr[data-row-id] td:first-child a").allInnerTexts();
  }

  async searchFor(text: string) {
    await this.search.fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  }

  async choose(comboboxName: string, option: string) {
    await this.page.getByRole("combobox", { name: comboboxName }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  async sortBy(column: string) {
    await this.table.getByRole("columnheader", { name: column }).getByRole("button").click();
  }

  pageLabel() {
    return this.page.getByText(/^Page \d+ of \d+$/);
  }
}

/**
 * Fails on serious or critical axe-core violations, listing them readably. Toasts are left out:
 * sonner's richColors success toast fails colour contrast (reported to the shell owner), and
 * whether one is still showing depends on timing.
 */

/** Data through the embedded EGP, as an SDK would create it. */
export function browseData(request: APIRequestContext) {
  const egp = egpApi(request);
  let account: string | undefined;
  async function accountId() {
    if (account) return account;
    const info = await (await egp.get("/user-info")).json();
    account = info.access_profiles[0].account.id as string;
    return account;
  }
  async function created(response: Awaited<ReturnType<typeof egp.post>>) {
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as { id: string; name: string };
  }
  return {
    createGroup: async (name: string, description?: string) =>
      created(await egp.post("/v4/model-groups", { name, description, account_id: await accountId() })),
    createModel: async (name: string, extra: Record<string, unknown> = {}) =>
      created(
        await egp.post("/v4/models", {
          name,
          model_type: "EMBEDDING",
          model_vendor: "OTHER",
          account_id: await accountId(),
          ...extra,
        }),
      ),
    addToGroup: async (groupId: string, modelId: string) =>
      created(await egp.post(`/v4/model-groups/${groupId}/models/${modelId}`, {})),
  };
}

/**
 * Closes the toasts on screen. Sonner keeps a toast while the pointer is over it, and one in the corner
 * can cover a menu opened near it: a click aimed at the menu then lands on the toast, which stays.
 */
export async function dismissToasts(page: Page) {
  const toasts = page.locator("[data-sonner-toast]");
  for (const close of await toasts.locator("[data-close-button]").all()) {
    await close.click({ force: true }).catch(() => undefined);
  }
  await expect(toasts).toHaveCount(0);
}
