import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";

export { expectAccessible } from "./accessible";

export type ParameterInput = {
  name: string;
  type: "str" | "int" | "float" | "bool";
  description: string;
  required: boolean;
};

/** /templates/new: the template form, its JSON view and its import/export. */
export class TemplateFormPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/templates/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "New template" })).toBeVisible();
    await this.hydrated();
  }

  /** Typing or dropping before React hydrates the form is lost: wait until React owns the drop zone. */
  async hydrated() {
    await this.page.waitForFunction(() => {
      const zone = document.querySelector('[data-testid="file-drop-zone"]');
      return zone !== null && Object.keys(zone).some((key) => key.startsWith("__reactProps"));
    });
  }

  field(label: string | RegExp) {
    return this.page.getByLabel(label, { exact: typeof label === "string" });
  }

  async choose(label: string, option: string) {
    await this.page.getByRole("combobox", { name: label, exact: true }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  async fill(values: Record<string, string | number>) {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(String(value));
  }

  async addEnv(key: string, value: string) {
    await this.page.getByRole("button", { name: "Add variable" }).click();
    const count = await this.page.getByLabel(/^Variable \d+ name$/).count();
    await this.field(`Variable ${count} name`).fill(key);
    await this.field(`Variable ${count} value`).fill(value);
  }

  creationParameters(): Locator {
    return this.page.getByRole("list", { name: "Creation parameters" }).getByRole("listitem");
  }

  async addCreationParameter(parameter: ParameterInput) {
    await this.page.getByRole("button", { name: "Add creation parameter" }).click();
    const row = this.creationParameters().last();
    await row.getByLabel(/^Name of /).fill(parameter.name);
    if (parameter.type !== "str") {
      await row.getByRole("combobox", { name: /^Type of / }).click();
      await this.page.getByRole("option", { name: parameter.type, exact: true }).click();
    }
    await row.getByLabel(/^Description of /).fill(parameter.description);
    if (parameter.required) await row.getByRole("checkbox", { name: /^Required/ }).check();
  }

  /** The live preview of the create-model form. */
  preview(): Locator {
    return this.page.getByRole("complementary", { name: "Create model form" });
  }

  async showJson() {
    await this.page.getByRole("tab", { name: "JSON" }).click();
    return this.page.getByRole("textbox", { name: "model-template.json" });
  }

  async importJson(json: unknown) {
    await this.page.getByLabel("Import model-template.json").setInputFiles({
      name: "model-template.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(json, null, 2)),
    });
  }

  /** Drops a model-template.json on the form, as dragging a file from the desktop does. */
  async dropJson(json: unknown) {
    await this.hydrated();
    const dataTransfer = await this.page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "model-template.json", { type: "application/json" }));
      return transfer;
    }, JSON.stringify(json));
    await this.page.getByTestId("file-drop-zone").dispatchEvent("drop", { dataTransfer });
  }

  async submit() {
    await this.page.getByRole("button", { name: "Create template" }).first().click();
  }

  async expectCreated(name: string) {
    await expect(this.page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
  }
}

/** Downloads the detail page's model-template.json as written. */
export async function exportedTemplateText(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: "Download model-template.json" }).click(),
  ]);
  return readFile(await download.path(), "utf8");
}

/** Downloads the detail page's model-template.json and parses it. */
export async function exportedTemplate(page: Page): Promise<Record<string, unknown>> {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: "Download model-template.json" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("model-template.json");
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

/** Fails on serious or critical axe-core violations, naming them. */
