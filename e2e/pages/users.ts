import { expect, type Page } from "@playwright/test";

/** The Users page: its table rows by email, and the dialogs it opens. */
export class UsersPage {
  constructor(readonly page: Page) {}

  goto() {
    return this.page.goto("/users");
  }

  row(email: string) {
    return this.page.getByRole("table", { name: "Users" }).getByRole("row").filter({ hasText: email });
  }

  /** Fills and submits the Add user dialog; returns the key it shows once. */
  async addUser(email: string, role: "Viewer" | "Member" | "Admin") {
    await this.page.getByRole("button", { name: "Add user" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Add user" });
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await this.page.getByRole("option", { name: new RegExp(`^${role}:`) }).click();
    await dialog.getByRole("button", { name: "Add user" }).click();
    const shown = this.page.getByRole("dialog", { name: `Added ${email}` });
    const key = (await shown.getByTestId("new-api-key").textContent()) ?? "";
    await expect(shown.getByRole("button", { name: "Copy key" })).toBeVisible();
    await shown.getByRole("button", { name: "Done" }).click();
    await expect(shown).toBeHidden();
    return key;
  }

  async confirm(title: string, action: string) {
    const alert = this.page.getByRole("alertdialog");
    await expect(alert).toContainText(title);
    await alert.getByRole("button", { name: action }).click();
    await expect(alert).toBeHidden();
  }
}
