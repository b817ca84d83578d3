import { egpApi, expect, test, uniqueName } from "./fixtures";
import { TemplateFormPage, expectAccessible } from "./pages/templates";

test("invalid input shows errors on the fields and nothing is sent", async ({ adminPage: page }) => {
  const form = new TemplateFormPage(page);
  await form.goto();
  let posted = false;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/templates")) posted = true;
  });
  await form.fill({ Name: " padded", "Min workers": 3, "Max workers": 1, Memory: "8 gigs" });
  await form.addEnv("DUP", "1");
  await form.addEnv("DUP", "2");
  await form.addCreationParameter({ name: "", type: "int", description: "", required: false });
  await form.submit();

  await expect(form.field("Name")).toHaveAccessibleDescription(/Remove the spaces at the start or end/);
  await expect(page.getByText("Choose a model type.")).toBeVisible();
  await expect(page.getByText("Enter a registry.")).toBeVisible();
  await expect(form.field("Max workers")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Max workers must be at least min workers.")).toBeVisible();
  await expect(page.getByText("Use a quantity such as 8Gi, 512Mi or 16G.")).toBeVisible();
  await expect(page.getByText("DUP is set twice.")).toBeVisible();
  await expect(page.getByText("Name the parameter.")).toBeVisible();
  await expectAccessible(page);
  expect(posted).toBe(false);
});

test("the draft survives a reload and is offered back", async ({ adminPage: page }) => {
  const form = new TemplateFormPage(page);
  const name = uniqueName("draft");
  await form.goto();
  await form.fill({ Name: name, Registry: "local", Image: "hash-embedding" });
  await form.addCreationParameter({
    name: "__proto__",
    type: "bool",
    description: "odd but allowed",
    required: true,
  });
  // Autosave is debounced; wait until the draft is in storage.
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("egp-console:template-draft"))),
    )
    .toBe(true);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText("Restore draft?")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Restore draft" }).click();
  await expect(form.field("Name")).toHaveValue(name);
  await expect(form.field("Image")).toHaveValue("hash-embedding");
  await expect(form.field("Name of creation parameter 1")).toHaveValue("__proto__");
  await expect(form.preview().getByText("__proto__")).toBeVisible();
});

test("leaving with unsaved changes asks first; staying keeps every input", async ({ adminPage: page }) => {
  const form = new TemplateFormPage(page);
  await form.goto();
  await form.fill({ Name: "unsaved" });
  await page.getByRole("navigation").first().getByRole("link", { name: "Models" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Leave with unsaved changes?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(/\/templates\/new$/);
  await expect(form.field("Name")).toHaveValue("unsaved");
  await page.getByRole("link", { name: "Cancel" }).first().click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/templates$/);
});

test("an admin cannot delete a template that a model uses and sees EGP's reason; an unused one is deleted", async ({
  adminPage: page,
  request,
}) => {
  const egp = egpApi(request);
  const info = await (await egp.get("/user-info")).json();
  const accountId = info.access_profiles[0].account.id as string;
  const name = uniqueName("delete-me");
  const created = await egp.post("/v4/model-templates", {
    name,
    endpoint_type: "SYNC",
    model_type: "EMBEDDING",
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: { registry: "local", image: "hash-embedding", tag: "latest" },
    },
    account_id: accountId,
  });
  const template = (await created.json()) as { id: string };
  const model = await egp.post("/v4/models", {
    name: uniqueName("uses-it"),
    model_type: "EMBEDDING",
    model_template_id: template.id,
    account_id: accountId,
  });
  expect(model.status(), await model.text()).toBe(200);
  const modelId = ((await model.json()) as { id: string }).id;

  await page.goto(`/templates/${template.id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Models created from this template" })).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete template “${name}”?` });
  await dialog.getByRole("button", { name: "Delete template" }).click();
  await expect(dialog.getByRole("alert")).toContainText("delete those models first");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  expect((await egp.delete(`/v4/models/${modelId}`)).status()).toBe(200);
  await page.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete template" }).click();
  await expect(page).toHaveURL(/\/templates$/);
  expect((await egp.get(`/v4/model-templates/${template.id}`)).status()).toBe(404);
});

test("an unknown template id shows the not-found page", async ({ adminPage: page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const response = await page.goto(`/templates/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
