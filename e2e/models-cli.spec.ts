import { readFile } from "node:fs/promises";
import { egpApi, expect, test, uniqueName } from "./fixtures";
import { NewModelPage, createTemplate, expectAccessible } from "./pages/models";

const PARAMS = [
  { name: "__proto__", type: "str" as const, description: "", required: true },
  { name: "a.b", type: "int" as const, description: "", required: false },
];

test("import a model.json on the new-model page: it picks the template and fills the form", async ({
  adminPage,
  request,
}) => {
  const template = await createTemplate(request, { parameters: PARAMS });
  const name = uniqueName("e2e-import");
  await adminPage.goto("/models/new");
  await adminPage.getByLabel("Import model.json").setInputFiles({
    name: "model.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      `{"name":"${name}","model_type":"EMBEDDING","model_template_id":"${template.id}",` +
        `"model_creation_parameters":{"__proto__":"from file","a.b":3},"description":"Imported"}`,
    ),
  });
  const form = new NewModelPage(adminPage);
  await expect(form.name()).toHaveValue(name);
  await expect(adminPage).toHaveURL(new RegExp(`template=${template.id}`));
  await expect(adminPage.getByLabel("Description")).toHaveValue("Imported");
  await expect(form.parameter("__proto__")).toHaveValue("from file");
  await expect(form.parameter("a.b")).toHaveValue("3");
  await expectAccessible(adminPage);
});

test("a model.json whose template is from elsewhere offers this account's templates of its type", async ({
  adminPage,
  request,
}) => {
  const template = await createTemplate(request, { parameters: PARAMS });
  const name = uniqueName("e2e-foreign");
  await adminPage.goto("/models/new");
  await adminPage.getByLabel("Import model.json").setInputFiles({
    name: "model.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      `{"name":"${name}","model_type":"EMBEDDING","model_template_id":"from-another-platform",` +
        `"model_creation_parameters":{"__proto__":"kept"},"description":"Travelled"}`,
    ),
  });
  await expect(adminPage.getByText("model.json names a template that is not in this account")).toBeVisible();
  await adminPage.getByRole("button", { name: `Use template ${template.name}` }).click();
  const form = new NewModelPage(adminPage);
  await expect(form.name()).toHaveValue(name);
  await expect(adminPage.getByLabel("Description")).toHaveValue("Travelled");
  await expect(form.parameter("__proto__")).toHaveValue("kept");
});

test("a bad model.json is refused with the reason", async ({ adminPage }) => {
  await adminPage.goto("/models/new");
  await adminPage.getByLabel("Import model.json").setInputFiles({
    name: "model.json",
    mimeType: "application/json",
    buffer: Buffer.from("{not json"),
  });
  await expect(adminPage.getByText("The file is not valid JSON.")).toBeVisible();
});

test("export a model as model.json from its page", async ({ adminPage, request }) => {
  const template = await createTemplate(request, { parameters: PARAMS });
  const name = uniqueName("e2e-export");
  const created = await egpApi(request).post("/v4/models", {
    name,
    model_type: "EMBEDDING",
    model_template_id: template.id,
    model_creation_parameters: JSON.parse('{"__proto__":"p","a.b":4}'),
  });
  const model = await created.json();
  await adminPage.goto(`/models/${model.id}`);
  await adminPage.getByRole("button", { name: "model.json" }).click();
  const [download] = await Promise.all([
    adminPage.waitForEvent("download"),
    adminPage.getByRole("menuitem", { name: "Download model.json" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("model.json");
  const text = await readFile((await download.path())!, "utf8");
  expect(Object.keys(JSON.parse(text))).toEqual([
    "name",
    "model_type",
    "model_template_id",
    "model_creation_parameters",
  ]);
  expect(text).toContain('"__proto__": "p"');
  expect(JSON.parse(text)).toMatchObject({ name, model_type: "EMBEDDING", model_template_id: template.id });
});
