import { readFile } from "node:fs/promises";
import { ADMIN_KEY, egpApi, expect, signIn, test, uniqueName } from "./fixtures";
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

const modelJson = (name: string, templateId: string) => ({
  name: "model.json",
  mimeType: "application/json",
  buffer: Buffer.from(
    `{"name":"${name}","model_type":"EMBEDDING","model_template_id":"${templateId}",` +
      `"model_creation_parameters":{"__proto__":"kept"},"description":"Travelled"}`,
  ),
});

test("a model.json from another of the user's accounts offers this account's templates of that name first", async ({
  adminPage,
  request,
}) => {
  // The file was exported in another account the admin is in: it holds only its template's id.
  const api = egpApi(request);
  const created = await api.post("/v4/accounts", {
    name: uniqueName("e2e-elsewhere"),
    account_group_id: "local",
  });
  expect(created.status(), await created.text()).toBe(201);
  const elsewhere = (await created.json()) as { id: string; name: string };
  const sharedName = uniqueName("e2e-shared");
  const there = await api.post("/v4/model-templates", {
    name: sharedName,
    endpoint_type: "SYNC",
    model_type: "EMBEDDING",
    account_id: elsewhere.id,
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
    },
    model_creation_parameters_schema: { parameters: PARAMS },
  });
  expect(there.status(), await there.text()).toBe(200);
  const foreignId = ((await there.json()) as { id: string }).id;
  // Here: one template of that name among others of the type.
  await createTemplate(request, { parameters: PARAMS });
  const here = await api.post("/v4/model-templates", {
    name: sharedName,
    endpoint_type: "SYNC",
    model_type: "EMBEDDING",
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
    },
    model_creation_parameters_schema: { parameters: PARAMS },
  });
  const sameHere = ((await here.json()) as { id: string }).id;
  await signIn(adminPage, ADMIN_KEY); // a sign-in lists the accounts the user is in now

  const name = uniqueName("e2e-foreign");
  await adminPage.goto("/models/new");
  await adminPage.getByLabel("Import model.json").setInputFiles(modelJson(name, foreignId));
  await expect(adminPage.getByText("model.json names a template that is not in this account")).toBeVisible();
  await expect(
    adminPage.getByText(`Its template is ${sharedName}, in your account ${elsewhere.name}.`),
  ).toBeVisible();
  const same = adminPage.getByRole("list", { name: `Templates named ${sharedName}` });
  await expect(same.getByRole("listitem")).toHaveCount(1);
  await expect(
    adminPage.getByRole("list", { name: "Other templates" }).getByRole("listitem").first(),
  ).toBeVisible();
  await expectAccessible(adminPage);
  await same.getByRole("button", { name: `Use template ${sharedName}` }).click();
  await expect(adminPage).toHaveURL(new RegExp(`template=${sameHere}`));
  const form = new NewModelPage(adminPage);
  await expect(form.name()).toHaveValue(name);
  await expect(adminPage.getByLabel("Description")).toHaveValue("Travelled");
  await expect(form.parameter("__proto__")).toHaveValue("kept");
});

test("a model.json whose template no account of the user has asks for its name, same-named first", async ({
  adminPage,
  request,
}) => {
  const template = await createTemplate(request, { parameters: PARAMS });
  await createTemplate(request, { parameters: PARAMS });
  const name = uniqueName("e2e-foreign");
  await adminPage.goto("/models/new");
  await adminPage.getByLabel("Import model.json").setInputFiles(modelJson(name, "from-another-platform"));
  await expect(adminPage.getByText("model.json names a template that is not in this account")).toBeVisible();
  await expect(
    adminPage.getByText(/none of your accounts has it; model.json holds only its id/),
  ).toBeVisible();
  const search = adminPage.getByRole("searchbox", { name: "Template name" });
  await expect(search).toBeFocused();
  await search.fill(template.name);
  const same = adminPage.getByRole("list", { name: `Templates named ${template.name}` });
  await expect(same.getByRole("listitem")).toHaveCount(1);
  await same.getByRole("button", { name: `Use template ${template.name}` }).click();
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
