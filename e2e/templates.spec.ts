import type { TemplateRequestInput } from "../lib/schemas/templates";
import { CROSS_ENCODER_TEMPLATE } from "../lib/templates/fixtures";
import { expect, test, uniqueName } from "./fixtures";
import {
  TemplateFormPage,
  expectAccessible,
  exportedTemplate,
  exportedTemplateText,
} from "./pages/templates";

/** Scale's "Custom Models" docs example (the name is made unique per run). */
const docsTemplate = (name: string): TemplateRequestInput =>
  structuredClone({ ...CROSS_ENCODER_TEMPLATE, name });

test("an admin creates the docs' cross-encoder template through the form and through JSON import, with identical results", async ({
  adminPage: page,
}) => {
  const name = uniqueName("cross-encoder-template");
  const form = new TemplateFormPage(page);
  await form.goto();
  await expectAccessible(page);

  await form.fill({ Name: name });
  await form.choose("Model type", "RERANKING");
  await form.fill({
    Registry: "000000000000.dkr.ecr.us-west-2.amazonaws.com",
    Image: "egp-cross-encoder",
    Tag: "1.0.0",
  });
  await form.addEnv("MODEL_NAME", "cross-encoder/ms-marco-MiniLM-L-12-v2");
  await form.addCreationParameter({
    name: "model_name",
    type: "str",
    description: "The cross-encoder model to load",
    required: true,
  });
  // The live preview shows the field a model creator will fill in.
  await expect(form.preview().getByText("model_name")).toBeVisible();
  await expectAccessible(page);
  await form.submit();
  await form.expectCreated(name);
  await expect(page.getByRole("table", { name: "Creation parameters" })).toContainText(
    "The cross-encoder model to load",
  );
  await expect(page.getByRole("table", { name: "Environment variables" })).toContainText("MODEL_NAME");
  await expectAccessible(page);
  const fromForm = await exportedTemplate(page);

  await form.goto();
  await form.importJson(docsTemplate(name));
  await expect(page.getByText("Valid template; the form is up to date.")).toBeVisible();
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(form.field("Name")).toHaveValue(name);
  await expect(form.field("Variable 1 name")).toHaveValue("MODEL_NAME");
  await form.submit();
  await form.expectCreated(name);
  const fromJson = await exportedTemplate(page);

  expect(fromJson).toEqual(fromForm);
  expect(fromForm).toMatchObject(docsTemplate(name));
});

test("the JSON view reads LLMENGINE as LAUNCH, stays in sync with the form and shows errors with their paths", async ({
  adminPage: page,
}) => {
  const form = new TemplateFormPage(page);
  await form.goto();
  await form.dropJson(docsTemplate("dropped"));
  await expect(page.getByText("Valid template; the form is up to date.")).toBeVisible();
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(form.field("Name")).toHaveValue("dropped");
  await form.fill({ Name: "synced-name" });
  const editor = await form.showJson();
  await expect(editor).toHaveValue(/"name": "synced-name"/);

  const legacy = docsTemplate("legacy-cli");
  legacy.vendor_configuration.vendor = "LLMENGINE";
  await editor.fill(JSON.stringify(legacy, null, 2));
  await expect(page.getByText("Valid template; the form is up to date.")).toBeVisible();

  const broken = docsTemplate("broken");
  (broken.vendor_configuration.endpoint_config as Record<string, unknown>).memory = "lots";
  await editor.fill(JSON.stringify(broken));
  await expect(
    page.getByRole("alert").filter({ hasText: "vendor_configuration.endpoint_config.memory" }),
  ).toContainText("8Gi");
  await editor.fill("{ not json");
  await expect(page.getByRole("alert").filter({ hasText: "Not valid JSON" })).toBeVisible();
  await expectAccessible(page);

  // The form keeps the last valid version.
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(form.field("Name")).toHaveValue("legacy-cli");
  await expect(page.getByRole("combobox", { name: "Vendor", exact: true })).toHaveText("LAUNCH");
});

/** A model-template.json as the CLI writes it: the spec's key order, only what its author set. */
const cliFile = (name: string) =>
  `${JSON.stringify(
    {
      name,
      endpoint_type: "SYNC",
      model_type: "RERANKING",
      vendor_configuration: {
        vendor: "LAUNCH",
        bundle_config: {
          registry: "000000000000.dkr.ecr.us-west-2.amazonaws.com",
          image: "egp-cross-encoder",
          tag: "1.0.0",
          env: { MODEL_NAME: "cross-encoder/ms-marco-MiniLM-L-12-v2" },
          readiness_initial_delay_seconds: 120,
        },
        endpoint_config: {
          cpus: 3,
          memory: "8Gi",
          storage: "16Gi",
          gpus: 0,
          min_workers: 0,
          max_workers: 1,
          per_worker: 10,
        },
      },
      model_creation_parameters_schema: {
        parameters: [
          { name: "model_name", type: "str", description: "The cross-encoder model to load", required: true },
        ],
      },
    },
    null,
    2,
  )}\n`;

test("a CLI file imported, created and exported again is the same file; a second of that name is warned about", async ({
  adminPage: page,
}) => {
  const name = uniqueName("round-trip");
  const file = cliFile(name);
  const form = new TemplateFormPage(page);
  await form.goto();
  await form.hydrated();
  await page.getByLabel("Import model-template.json").setInputFiles({
    name: "model-template.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await expect(page.getByText("Valid template; the form is up to date.")).toBeVisible();
  await page.getByRole("tab", { name: "Form" }).click();
  await form.submit();
  await form.expectCreated(name);
  expect(await exportedTemplateText(page)).toBe(file);

  await form.goto();
  await form.fill({ Name: name });
  await expect(
    page.getByRole("status").filter({ hasText: `A template named “${name}” already exists` }),
  ).toBeVisible();
});
