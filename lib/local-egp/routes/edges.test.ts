import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withEdgesServer } from "../testing/edges-server";
import { callJson } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

/** The embedded server at the edges of the spec, where the real (FastAPI) API has its own behaviour. */

const edges = withEdgesServer();
const { deployed, templateBody, uid } = edges;

describe("422 bodies in pydantic's words", () => {
  it("an absent enum field is missing / Field required, not an enum error", async () => {
    const res = await callJson(edges.egp, "POST", "/v4/models", {
      body: { name: "x", account_id: edges.account },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      detail: [{ loc: ["body", "model_type"], msg: "Field required", type: "missing" }],
    });
    const template = await callJson(edges.egp, "POST", "/v4/model-templates", {
      body: { ...templateBody(), endpoint_type: undefined },
    });
    expect(template.body.detail).toEqual([
      { loc: ["body", "endpoint_type"], msg: "Field required", type: "missing" },
    ]);
  });

  it("wrong values get pydantic's types and messages", async () => {
    const res = await callJson(edges.egp, "POST", "/v4/model-templates", {
      body: templateBody({ endpoint_type: "FAST", name: "" }),
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      { loc: ["body", "name"], msg: "String should have at least 1 character", type: "string_too_short" },
      {
        loc: ["body", "endpoint_type"],
        msg: "Input should be 'SYNC', 'ASYNC', 'STREAMING' or 'BATCH'",
        type: "enum",
      },
    ]);
  });
});

describe("create bodies take what the spec allows", () => {
  it("unknown keys are ignored where the spec's schema allows them, at any depth", async () => {
    const template = await callJson(edges.egp, "POST", "/v4/model-templates", {
      body: {
        ...templateBody({ future_field: 1 }),
        vendor_configuration: {
          bundle_config: { registry: "local", image: "hash-embedding", tag: "1", new_knob: true },
          endpoint_config: { cpus: 1, new_limit: 2 },
        },
      },
    });
    expect(template.status, JSON.stringify(template.body)).toBe(200);
    expect(template.body).not.toHaveProperty("future_field");
    expect(template.body.vendor_configuration.bundle_config).not.toHaveProperty("new_knob");

    const group = await callJson(edges.egp, "POST", "/v4/model-groups", {
      body: { name: `g-${uid()}`, account_id: edges.account, color: "red" },
    });
    expect(group.status).toBe(200);
    const model = await callJson(edges.egp, "POST", "/v4/models", {
      body: {
        name: `m-${uid()}`,
        model_type: "EMBEDDING",
        account_id: edges.account,
        model_template_id: template.body.id,
        base_model_metadata: { model_developer: "me", newer_field: 1 },
        tags: ["x"],
      },
    });
    expect(model.status).toBe(200);
    expect(model.body).not.toHaveProperty("tags");
    expect(model.body.base_model_metadata).toEqual({ model_developer: "me" });
    const dep = await callJson(edges.egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d", replicas: 2, vendor_configuration: { vendor: "LAUNCH", max_workers: 2, zone: "x" } },
    });
    expect(dep.status, JSON.stringify(dep.body)).toBe(200);
    expect(dep.body).not.toHaveProperty("replicas");

    // The spec's Partial… schemas forbid extra keys, and so do the patches.
    const patch = await callJson(edges.egp, "PATCH", `/v4/models/${model.body.id}`, {
      body: { tags: ["x"] },
    });
    expect(patch.status).toBe(422);
    expect(patch.body.detail[0]).toMatchObject({ loc: ["body", "tags"], type: "extra_forbidden" });
  });

  it("a template vendor the spec does not allow is refused at create, not stored", async () => {
    const body = templateBody();
    const res = await callJson(edges.egp, "POST", "/v4/model-templates", {
      body: { ...body, vendor_configuration: { ...body.vendor_configuration, vendor: "LLMENGINE" } },
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      {
        loc: ["body", "vendor_configuration", "vendor"],
        msg: "Input should be 'LAUNCH'",
        type: "literal_error",
      },
    ]);
    // One an older version stored is answered as the LAUNCH template the local runtime runs it as.
    const stored = await callJson(edges.egp, "POST", "/v4/model-templates", { body: templateBody() });
    await edges.egp.db.execute(
      sql`update model_templates set body = jsonb_set(body, '{vendor_configuration,vendor}', '"LLMENGINE"') where id = ${stored.body.id}`,
    );
    const list = await callJson(edges.egp, "GET", "/v4/model-templates?limit=1000");
    expect(specErrors("PaginatedModelTemplateResponse", list.body)).toEqual([]);
    const old = list.body.items.find((t: { id: string }) => t.id === stored.body.id);
    expect(old.vendor_configuration.vendor).toBe("LAUNCH");
  });

  it("an empty model_template_id or model_group_id is a 422 naming the field, not a 500", async () => {
    for (const field of ["model_template_id", "model_group_id"]) {
      const res = await callJson(edges.egp, "POST", "/v3/models", {
        body: { name: `e-${uid()}`, model_type: "EMBEDDING", account_id: edges.account, [field]: "" },
      });
      expect(res.status).toBe(422);
      expect(res.body.detail[0].loc).toEqual(["body", field]);
    }
    const model = await callJson(edges.egp, "POST", "/v4/models", {
      body: { name: `e-${uid()}`, model_type: "EMBEDDING", account_id: edges.account },
    });
    const patch = await callJson(edges.egp, "PATCH", `/v4/models/${model.body.id}`, {
      body: { model_template_id: "" },
    });
    expect(patch.status).toBe(422);
  });

  it("v3 completions take every knob of the spec's CompletionRequest, temperature up to 2", async () => {
    const { deploymentId, status } = await deployed("Local GGUF completion (llama.cpp)", "COMPLETION", {
      MODEL_PATH: "/m.gguf",
    });
    expect(status).toBe("READY");
    const v3 = await callJson(edges.egp, "POST", `/v3/models/${deploymentId}/completions`, {
      body: {
        prompts: ["hi"],
        temperature: 1.8,
        top_p: 0.9,
        top_k: 40,
        frequency_penalty: 0.5,
        logprobs: false,
      },
    });
    expect(v3.status, JSON.stringify(v3.body)).toBe(200);
    expect(v3.body.completions[0][0]).toBe("hi");
    // The spec bounds neither top_p nor top_k; the engine gets them clamped.
    const v4 = await callJson(edges.egp, "POST", `/v4/models/${deploymentId}/completions`, {
      body: { prompt: "hi", top_p: 1.5, top_k: 2.5 },
    });
    expect(v4.status).toBe(200);
    const hot = await callJson(edges.egp, "POST", `/v3/models/${deploymentId}/completions`, {
      body: { prompts: ["hi"], temperature: 2.1 },
    });
    expect(hot.status).toBe(422);
    expect(hot.body.detail[0]).toMatchObject({ loc: ["body", "temperature"], type: "less_than_equal" });
  });
});
