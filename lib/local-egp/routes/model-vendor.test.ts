import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guideShapeErrors } from "../testing/guide-era-sdk";
import { callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

/** A model's `model_vendor` when it is made from a template: the template's, LLMENGINE included. */

let egp: TestEgp;
let account: string;
beforeAll(async () => {
  egp = await openTestEgp();
  account = egp.bootstrap.accountId;
});
afterAll(async () => {
  await egp?.close();
});

let n = 0;
const uid = () => `${Date.now().toString(36)}-${++n}`;

const templateBody = (vendor?: string) => ({
  name: `t-${uid()}`,
  endpoint_type: "SYNC",
  model_type: "EMBEDDING",
  account_id: account,
  vendor_configuration: {
    ...(vendor ? { vendor } : {}),
    bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
  },
});

async function template(vendor: "LAUNCH" | "LLMENGINE") {
  const created = await callJson(egp, "POST", "/v4/model-templates", { body: templateBody() });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  // The spec refuses LLMENGINE at create (edges.test.ts); older versions stored it, as this does.
  if (vendor === "LLMENGINE")
    await egp.db.execute(
      sql`update model_templates set body = jsonb_set(body, '{vendor_configuration,vendor}', '"LLMENGINE"') where id = ${created.body.id}`,
    );
  return created.body.id as string;
}

const createModel = (version: "v3" | "v4", templateId: string, extra: Record<string, unknown> = {}) =>
  callJson(egp, "POST", `/${version}/models`, {
    body: {
      name: `m-${uid()}`,
      model_type: "EMBEDDING",
      account_id: account,
      model_template_id: templateId,
      ...extra,
    },
  });

describe("model_vendor of a model made from a template", () => {
  it("is LLMENGINE when the template was stored with LLMENGINE, though the template answers LAUNCH", async () => {
    const id = await template("LLMENGINE");
    const tpl = await callJson(egp, "GET", `/v4/model-templates/${id}`);
    expect(tpl.body.vendor_configuration.vendor).toBe("LAUNCH");
    expect(specErrors("ModelTemplateResponse", tpl.body)).toEqual([]);

    const model = await createModel("v4", id, { model_vendor: null });
    expect(model.status, JSON.stringify(model.body)).toBe(200);
    expect(model.body.model_vendor).toBe("LLMENGINE");
    expect(specErrors("ModelInstanceResponse", model.body)).toEqual([]);

    const read = await callJson(egp, "GET", `/v4/models/${model.body.id}`);
    expect(read.body.model_vendor).toBe("LLMENGINE");
    expect(specErrors("ModelInstanceResponseWithViews", read.body)).toEqual([]);
    const filtered = await callJson(egp, "GET", "/v4/models?model_vendor=LLMENGINE&limit=1000");
    expect(filtered.body.items.map((m: { id: string }) => m.id)).toContain(model.body.id);
    expect(specErrors("PaginatedModelInstanceResponseWithViews", filtered.body)).toEqual([]);
  });

  it("is LAUNCH for a LAUNCH template, and a vendor the request names is kept", async () => {
    const id = await template("LAUNCH");
    expect((await createModel("v4", id)).body.model_vendor).toBe("LAUNCH");
    const llm = await template("LLMENGINE");
    expect((await createModel("v4", llm, { model_vendor: "OTHER" })).body.model_vendor).toBe("OTHER");
  });

  it("a new template naming LLMENGINE is refused on v3 as on v4: the spec allows only LAUNCH", async () => {
    for (const version of ["v3", "v4"]) {
      const created = await callJson(egp, "POST", `/${version}/model-templates`, {
        body: templateBody("LLMENGINE"),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(422);
      expect(created.body.detail[0]).toMatchObject({ loc: ["body", "vendor_configuration", "vendor"] });
    }
  });

  it("v3 bodies name it as the guide-era SDK can parse: Launch, which runs it", async () => {
    const id = await template("LLMENGINE");
    const model = await createModel("v3", id);
    expect(model.status, JSON.stringify(model.body)).toBe(200);
    expect(model.body.model_vendor).toBe("LAUNCH");
    expect(guideShapeErrors("Model", model.body)).toEqual([]);
    // The same model on v4 is what it is.
    expect((await callJson(egp, "GET", `/v4/models/${model.body.id}`)).body.model_vendor).toBe("LLMENGINE");
  });
});
