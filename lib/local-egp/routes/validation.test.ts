import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp?.close();
});

const account = () => egp.bootstrap.accountId;

async function templateWith(parameters: { name: string; type: string; required: boolean }[]) {
  const res = await callJson(egp, "POST", "/v4/model-templates", {
    body: {
      name: "params",
      endpoint_type: "SYNC",
      model_type: "COMPLETION",
      account_id: account(),
      vendor_configuration: { bundle_config: { registry: "local", image: "llama-cpp", tag: "1" } },
      model_creation_parameters_schema: {
        parameters: parameters.map((p) => ({ ...p, description: p.name })),
      },
    },
  });
  expect(res.status).toBe(200);
  return res.body.id as string;
}

const createModel = (template: string, params: unknown) =>
  callJson(egp, "POST", "/v4/models", {
    body: {
      name: "m",
      model_type: "COMPLETION",
      account_id: account(),
      model_template_id: template,
      model_creation_parameters: params,
    },
  });

describe("request bodies", () => {
  test("scale_egp's explicit nulls for every optional field are accepted", async () => {
    const res = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: "nulls",
        model_type: "EMBEDDING",
        account_id: account(),
        display_name: null,
        model_vendor: null,
        base_model_id: null,
        base_model_metadata: null,
        model_creation_parameters: null,
        model_card: null,
        training_data_card: null,
        description: null,
        model_template_id: null,
        model_group_id: null,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty("display_name");
  });

  test("wrong types answer FastAPI's 422 shape with loc; unknown create keys are ignored", async () => {
    const res = await callJson(egp, "POST", "/v4/models", {
      body: { name: 5, model_type: "NOPE", account_id: account(), surprise: true },
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      { loc: ["body", "name"], msg: "Input should be a valid string", type: "string_type" },
      {
        loc: ["body", "model_type"],
        msg: "Input should be 'COMPLETION', 'CHAT_COMPLETION', 'AGENT', 'EMBEDDING', 'RERANKING', 'GENERIC' or 'BUNDLE'",
        type: "enum",
      },
    ]);
  });

  test("a missing required field has type missing; malformed JSON is a 422", async () => {
    const res = await callJson(egp, "POST", "/v4/model-groups", { body: { account_id: account() } });
    expect(res.body.detail).toEqual([{ loc: ["body", "name"], msg: "Field required", type: "missing" }]);
    const bad = await callJson(egp, "POST", "/v4/model-groups", { body: "{not json" });
    expect(bad.status).toBe(422);
  });

  test("PATCH bodies forbid extra keys", async () => {
    const model = await callJson(egp, "POST", "/v4/models", {
      body: { name: "p", model_type: "EMBEDDING", account_id: account() },
    });
    const res = await callJson(egp, "PATCH", `/v4/models/${model.body.id}`, { body: { status: "READY" } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["body", "status"]);
  });
});

describe("model_creation_parameters against the template's schema", () => {
  test("required, int vs float, bool, and unknown keys each report their loc", async () => {
    const template = await templateWith([
      { name: "MODEL_PATH", type: "str", required: true },
      { name: "CONTEXT_SIZE", type: "int", required: false },
      { name: "RATIO", type: "float", required: false },
      { name: "FAST", type: "bool", required: false },
    ]);
    const res = await createModel(template, { CONTEXT_SIZE: 1.5, RATIO: "x", FAST: "true", EXTRA: 1 });
    expect(res.status).toBe(422);
    const byField = new Map(res.body.detail.map((d: { loc: string[]; type: string }) => [d.loc[2], d.type]));
    expect(res.body.detail[0].loc.slice(0, 2)).toEqual(["body", "model_creation_parameters"]);
    expect(Object.fromEntries(byField)).toEqual({
      MODEL_PATH: "missing",
      CONTEXT_SIZE: "int_type",
      RATIO: "float_type",
      FAST: "bool_type",
      EXTRA: "extra_forbidden",
    });
    const ok = await createModel(template, {
      MODEL_PATH: "/m.gguf",
      CONTEXT_SIZE: 512,
      RATIO: 1,
      FAST: false,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.model_creation_parameters).toEqual({
      MODEL_PATH: "/m.gguf",
      CONTEXT_SIZE: 512,
      RATIO: 1,
      FAST: false,
    });
  });

  test("field names like __proto__, constructor, spaces and unicode are ordinary names", async () => {
    const names = ["__proto__", "constructor", "with space", "größe 🚀", "hasOwnProperty"];
    const template = await templateWith(names.map((name) => ({ name, type: "str", required: true })));
    const raw = `{"name":"odd","model_type":"COMPLETION","account_id":"${account()}","model_template_id":"${template}","model_creation_parameters":{${names
      .map((n) => `${JSON.stringify(n)}:"v-${n}"`)
      .join(",")}}}`;
    const res = await callJson(egp, "POST", "/v4/models", { body: raw });
    expect(res.status).toBe(200);
    const stored = res.body.model_creation_parameters;
    for (const n of names) expect(Object.getOwnPropertyDescriptor(stored, n)?.value).toBe(`v-${n}`);

    const missingProto = await createModel(template, Object.fromEntries(names.slice(1).map((n) => [n, "v"])));
    expect(missingProto.status).toBe(422);
    expect(missingProto.body.detail).toEqual([
      { loc: ["body", "model_creation_parameters", "__proto__"], msg: "Field required", type: "missing" },
    ]);
  });

  test("deployment parameters are checked on the merge with the model's", async () => {
    const template = await templateWith([{ name: "MODEL_PATH", type: "str", required: true }]);
    const model = await callJson(egp, "POST", "/v4/models", {
      body: { name: "late", model_type: "COMPLETION", account_id: account(), model_template_id: template },
    });
    const missing = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0].loc).toEqual(["body", "model_creation_parameters", "MODEL_PATH"]);
    const unknown = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d", model_creation_parameters: { MODEL_PATH: "/x", NOPE: 1 } },
    });
    expect(unknown.body.detail[0].loc).toEqual(["body", "model_creation_parameters", "NOPE"]);
    const ok = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d", model_creation_parameters: { MODEL_PATH: "/x" } },
    });
    expect(ok.status).toBe(200);
  });
});
