import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { egpApi, uniqueName } from "../fixtures";

export { expectAccessible } from "./accessible";

export type Param = {
  name: string;
  type: "str" | "int" | "float" | "bool";
  description: string;
  required: boolean;
};

/** A template on the embedded EGP, created as an SDK would; `image` is a local engine (or a container). */
export async function createTemplate(
  request: APIRequestContext,
  { image = "hash-embedding", modelType = "EMBEDDING", registry = "local", parameters = [] as Param[] } = {},
) {
  const response = await egpApi(request).post("/v4/model-templates", {
    name: uniqueName("e2e-template"),
    endpoint_type: "SYNC",
    model_type: modelType,
    vendor_configuration: { vendor: "LAUNCH", bundle_config: { registry, image, tag: "latest" } },
    model_creation_parameters_schema: { parameters },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { id: string; name: string };
}

/** The id of a seeded template, by its exact name. */
export async function seededTemplateId(request: APIRequestContext, name: string) {
  const response = await egpApi(request).get(`/v4/model-templates?limit=100`);
  const items = ((await response.json()) as { items: { id: string; name: string }[] }).items;
  const template = items.find((t) => t.name === name);
  expect(template, `seeded template "${name}"`).toBeTruthy();
  return template!.id;
}

/** /models/new with a template chosen: the form, its parameters and submit. */
export class NewModelPage {
  constructor(readonly page: Page) {}

  async goto(templateId: string) {
    await this.page.goto(`/models/new?template=${encodeURIComponent(templateId)}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "New model" })).toBeVisible();
    await expect(this.page.getByRole("form", { name: "Create model" })).toBeVisible();
  }

  name() {
    return this.page.getByLabel("Name", { exact: true });
  }

  /** A template parameter's input, found by its exact name (required ones carry a trailing "*"). */
  parameter(name: string) {
    return this.page.locator('[data-slot="schema-form"]').getByLabel(new RegExp(`^${escape(name)}\\*?$`));
  }

  async submit() {
    await this.page.getByRole("button", { name: /^(Create and deploy|Create model|Deploy)$/ }).click();
  }

  /** Creates with a fresh name and waits for the deployment page. */
  async create(params: Record<string, string> = {}) {
    const name = uniqueName("e2e-model");
    await this.name().fill(name);
    for (const [param, value] of Object.entries(params)) await this.parameter(param).fill(value);
    await this.submit();
    await expect(this.page).toHaveURL(/\/models\/[^/]+\/deployments\/[^/]+$/, { timeout: 30_000 });
    return name;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The deployment page's status, timeline and failure reason. */
export class DeploymentPage {
  constructor(readonly page: Page) {}

  header() {
    return this.page.locator('[data-slot="page-header"]');
  }

  async expectStatus(status: string, timeout = 45_000) {
    await expect(this.header().locator(`[data-status="${status}"]`)).toBeVisible({ timeout });
  }

  timelineStatuses() {
    return this.page.getByRole("list", { name: "Status timeline" }).locator("[data-status]");
  }
}

/** Fails on serious or critical axe-core violations, naming them. Toasts come and go, so they are left out. */
