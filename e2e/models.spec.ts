import { egpApi, expect, test, uniqueName } from "./fixtures";
import {
  DeploymentPage,
  NewModelPage,
  createTemplate,
  expectAccessible,
  seededTemplateId,
} from "./pages/models";

test("create a model from an embedding template and watch its deployment reach READY", async ({
  adminPage,
  request,
}) => {
  const template = await createTemplate(request);
  const form = new NewModelPage(adminPage);
  await form.goto(template.id);
  await expect(adminPage.getByText("This template takes no parameters.")).toBeVisible();
  await expectAccessible(adminPage);
  await form.create();

  const deployment = new DeploymentPage(adminPage);
  await deployment.expectStatus("READY");
  const steps = deployment.timelineStatuses();
  await expect(steps.first()).toHaveAttribute("data-status", "UPDATE_PENDING");
  await expect(steps.last()).toHaveAttribute("data-status", "READY");
  await expect(adminPage.getByRole("link", { name: "Open in playground" })).toHaveAttribute(
    "href",
    /\/playground\?deployment=[^&]+&model=.+/,
  );
  await expectAccessible(adminPage);
});

test("the template picker filters by model type and search, then opens the form", async ({
  adminPage,
  request,
}) => {
  const template = await createTemplate(request, { modelType: "RERANKING", image: "bm25-rerank" });
  await adminPage.goto("/models/new");
  await adminPage.getByRole("combobox", { name: "Model type" }).click();
  await adminPage.getByRole("option", { name: "RERANKING", exact: true }).click();
  await adminPage.getByLabel("Search templates").fill(template.name);
  const cards = adminPage.getByRole("list", { name: "Templates" }).getByRole("button");
  await expect(cards).toHaveCount(1);
  await expectAccessible(adminPage);
  await cards.first().click();
  await expect(adminPage).toHaveURL(new RegExp(`template=${template.id}`));
  await expect(adminPage.getByRole("link", { name: template.name })).toBeVisible();
});

test("a required parameter left empty blocks submit with a message", async ({ adminPage, request }) => {
  const form = new NewModelPage(adminPage);
  await form.goto(await seededTemplateId(request, "Local GGUF completion (llama.cpp)"));
  await form.name().fill(uniqueName("e2e-required"));
  await form.submit();
  await expect(adminPage.getByText("This parameter is required.")).toBeVisible();
  await expect(adminPage).toHaveURL(/\/models\/new/);
  await expect(form.name()).not.toHaveValue("");
});

for (const [label, templateName, params, reason] of [
  [
    "a GGUF path that does not exist",
    "Local GGUF completion (llama.cpp)",
    { MODEL_PATH: "/no/such/model.gguf" },
    /no\/such\/model\.gguf/,
  ],
  [
    "a container image",
    "Cross-encoder reranker (container)",
    {},
    /container images cannot run in local mode/,
  ],
] as const) {
  test(`a deployment of ${label} fails and says why`, async ({ adminPage, request }) => {
    const form = new NewModelPage(adminPage);
    await form.goto(await seededTemplateId(request, templateName));
    await form.create(params);
    const deployment = new DeploymentPage(adminPage);
    await deployment.expectStatus("UPDATE_FAILED");
    const alert = adminPage.getByRole("alert").filter({ hasText: "The deployment failed" });
    await expect(alert).toContainText(reason);
    await expect(deployment.timelineStatuses().last()).toHaveAttribute("data-status", "UPDATE_FAILED");
    await expect(adminPage.getByRole("link", { name: "Open in playground" })).toHaveCount(0);
    await expectAccessible(adminPage);
  });
}

test("odd parameter names render, submit and round-trip exactly", async ({ adminPage, request }) => {
  const names = ["my field", "naïve ✓ 名前", "__proto__", "constructor", "a.b", "0"];
  const template = await createTemplate(request, {
    parameters: [
      ...names.map((name) => ({
        name,
        type: "str" as const,
        description: `The ${name} value`,
        required: name === "a.b",
      })),
      { name: "count 2", type: "int", description: "", required: false },
    ],
  });
  const form = new NewModelPage(adminPage);
  await form.goto(template.id);
  const values = Object.fromEntries(names.map((name, i) => [name, `value-${i}`]));
  await form.parameter("count 2").fill("7");
  await form.create(values);

  const table = adminPage.getByRole("table").filter({ hasText: "Parameter" });
  for (const [name, value] of Object.entries(values)) {
    await expect(table.getByRole("row", { name: `${name} ${value}`, exact: true })).toBeVisible();
  }
  const modelId = new URL(adminPage.url()).pathname.split("/")[2];
  const model = await (await egpApi(request).get(`/v4/models/${modelId}`)).json();
  expect(model.model_creation_parameters).toEqual({ ...values, "count 2": 7 });
});
