import { egpApi, expect, test, uniqueName } from "./fixtures";
import { createTemplate, expectAccessible } from "./pages/models";

async function createModel(request: Parameters<typeof createTemplate>[0]) {
  const template = await createTemplate(request);
  const name = uniqueName("e2e-edit");
  const response = await egpApi(request).post("/v4/models", {
    name,
    model_type: "EMBEDDING",
    model_template_id: template.id,
    model_card: "# Card\n\n<b>not html</b>",
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { id: string; name: string };
}

test("edit a model's fields and see them on its page", async ({ adminPage, request }) => {
  const model = await createModel(request);
  await adminPage.goto(`/models/${model.id}`);
  await expect(adminPage.getByRole("heading", { level: 1, name: model.name })).toBeVisible();
  await expect(adminPage.getByText("<b>not html</b>")).toBeVisible();
  await expectAccessible(adminPage);

  await adminPage.getByRole("button", { name: "Edit" }).click();
  const dialog = adminPage.getByRole("dialog");
  await dialog.getByLabel("Display name").fill("Edited display name");
  await dialog.getByLabel("Description").fill("Why this model exists");
  await expectAccessible(adminPage);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Edited display name" })).toBeVisible();
  await expect(adminPage.getByText("Why this model exists")).toBeVisible();
  const stored = await (await egpApi(request).get(`/v4/models/${model.id}`)).json();
  expect(stored).toMatchObject({ display_name: "Edited display name", description: "Why this model exists" });
});

test("deploy again from the model page, then delete the model after a confirmation naming it", async ({
  adminPage,
  request,
}) => {
  const model = await createModel(request);
  await adminPage.goto(`/models/${model.id}`);
  await adminPage.getByRole("button", { name: "New deployment" }).click();
  await adminPage.getByRole("dialog").getByRole("button", { name: "Deploy" }).click();
  await expect(adminPage).toHaveURL(/\/deployments\//);
  await expect(adminPage.locator('[data-slot="page-header"] [data-status="READY"]')).toBeVisible({
    timeout: 45_000,
  });

  await adminPage.goto(`/models/${model.id}`);
  await expect(adminPage.getByRole("row", { name: /Ready/ })).toBeVisible();
  await adminPage.getByRole("button", { name: "Delete" }).click();
  const confirm = adminPage.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete model “${model.name}”?`);
  await expectAccessible(adminPage);
  await confirm.getByRole("button", { name: "Delete model" }).click();
  await expect(adminPage).toHaveURL(/\/models$/);
  expect((await egpApi(request).get(`/v4/models/${model.id}`)).status()).toBe(404);
});
