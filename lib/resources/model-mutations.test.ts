import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromEgpError } from "../api/respond";
import { createEgpClient, type EgpClient } from "../egp/client";
import { EgpError } from "../egp/errors";
import { callJson, openTestEgp, TEST_ADMIN_KEY, type TestEgp } from "../local-egp/testing/open-test-egp";
import { deploymentCreateSchema, modelCreateSchema, modelPatchSchema } from "../schemas/models";
import { createDeployment, deleteDeployment, updateDeployment } from "./deployment-mutations";
import { createModel, deleteModel, updateModel } from "./model-mutations";

let egp: TestEgp;
let client: EgpClient;
let templateId: string;
const ODD = ["my field", "__proto__", "constructor", "a.b", "0"];
const uid = () => Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  egp = await openTestEgp();
  client = createEgpClient({ baseUrl: "http://local", apiKey: TEST_ADMIN_KEY, transport: egp.handle });
  const template = await callJson(egp, "POST", "/v4/model-templates", {
    body: {
      name: `odd-${uid()}`,
      endpoint_type: "SYNC",
      model_type: "EMBEDDING",
      vendor_configuration: {
        vendor: "LAUNCH",
        bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
      },
      model_creation_parameters_schema: {
        parameters: [
          { name: "REQUIRED", type: "str", description: "", required: true },
          ...ODD.map((name) => ({ name, type: "str", description: "", required: false })),
        ],
      },
      account_id: egp.bootstrap.accountId,
    },
  });
  templateId = template.body.id;
});
afterAll(async () => {
  await egp?.close();
});

const oddParams = () =>
  JSON.parse('{"REQUIRED":"r","my field":"1","__proto__":"2","constructor":"3","a.b":"4","0":"5"}');

async function expectDetails(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EgpError);
  return fromEgpError(error as EgpError).details;
}

describe("model and deployment mutations", () => {
  it("creates a Launch model and a deployment whose odd parameter names survive the round trip", async () => {
    const input = modelCreateSchema.parse({
      name: `m-${uid()}`,
      model_type: "EMBEDDING",
      model_template_id: templateId,
      model_creation_parameters: oddParams(),
    });
    const model = await createModel(client, egp.bootstrap.accountId, input);
    expect(model.model_vendor).toBe("LAUNCH");
    expect(JSON.parse(JSON.stringify(model.model_creation_parameters))).toEqual(oddParams());

    // A template an older version stored with LLMENGINE answers LAUNCH; its models are LLM Engine ones.
    await egp.db.execute(
      sql`update model_templates set body = jsonb_set(body, '{vendor_configuration,vendor}', '"LLMENGINE"') where id = ${templateId}`,
    );
    const legacy = await createModel(client, egp.bootstrap.accountId, { ...input, name: `m-${uid()}` });
    expect(legacy.model_vendor).toBe("LLMENGINE");
    await egp.db.execute(
      sql`update model_templates set body = jsonb_set(body, '{vendor_configuration,vendor}', '"LAUNCH"') where id = ${templateId}`,
    );

    const deployment = await createDeployment(
      client,
      egp.bootstrap.accountId,
      model.id,
      deploymentCreateSchema.parse({ name: "first", model_creation_parameters: oddParams() }),
    );
    expect(deployment.status).toBe("UPDATE_PENDING");
    expect(Object.keys(deployment.model_creation_parameters ?? {}).sort()).toEqual(
      ["REQUIRED", ...ODD].sort(),
    );

    const renamed = await updateDeployment(client, model.id, deployment.id, { name: "renamed" });
    expect(renamed.name).toBe("renamed");
    expect(await deleteDeployment(client, model.id, deployment.id)).toMatchObject({ success: true });
    await egp.idle();
  });

  it("reports a missing required parameter on its field path", async () => {
    const input = modelCreateSchema.parse({
      name: `m-${uid()}`,
      model_type: "EMBEDDING",
      model_template_id: templateId,
      model_creation_parameters: { "a.b": "x" },
    });
    const details = await expectDetails(createModel(client, egp.bootstrap.accountId, input));
    expect(details).toContainEqual({
      path: ["model_creation_parameters", "REQUIRED"],
      message: "Field required",
    });
  });

  it("edits the allowed fields and deletes the model", async () => {
    const model = await createModel(client, egp.bootstrap.accountId, {
      name: `m-${uid()}`,
      model_type: "EMBEDDING",
      model_template_id: templateId,
      model_creation_parameters: { REQUIRED: "r" },
    });
    const patch = modelPatchSchema.parse({ display_name: "Shown", description: "Why", model_card: "# Card" });
    const updated = await updateModel(client, model.id, patch);
    expect(updated).toMatchObject({ display_name: "Shown", description: "Why", model_card: "# Card" });
    expect(await deleteModel(client, model.id)).toMatchObject({ success: true });
  });
});

describe("schemas", () => {
  it("keep a __proto__ parameter as an own key (z.record would drop it)", () => {
    const parsed = modelCreateSchema.parse({
      name: "x",
      model_type: "EMBEDDING",
      model_creation_parameters: oddParams(),
    });
    expect(Object.keys(parsed.model_creation_parameters ?? {})).toContain("__proto__");
  });

  it("reject nested values, unknown keys and empty patches", () => {
    expect(
      deploymentCreateSchema.safeParse({ name: "d", model_creation_parameters: { a: { b: 1 } } }).success,
    ).toBe(false);
    expect(modelPatchSchema.safeParse({ model_type: "EMBEDDING" }).success).toBe(false);
    expect(modelPatchSchema.safeParse({}).success).toBe(false);
    expect(modelCreateSchema.safeParse({ name: " ", model_type: "EMBEDDING" }).success).toBe(false);
  });
});
