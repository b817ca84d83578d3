import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callJson, openTestEgp, templateId, waitForDeployment, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

/** The embedded server at the edges of the spec, where the real (FastAPI) API has its own behaviour. */

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

async function deployed(template: string, type: string, params?: Record<string, unknown>) {
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: `m-${uid()}`,
      model_type: type,
      account_id: account,
      model_template_id: await templateId(egp, template),
      ...(params ? { model_creation_parameters: params } : {}),
    },
  });
  expect(model.status, JSON.stringify(model.body)).toBe(200);
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
  const final = await waitForDeployment(egp, model.body.id, dep.body.id);
  return { modelId: model.body.id as string, deploymentId: dep.body.id as string, status: final.status };
}

const templateBody = (extra: Record<string, unknown> = {}) => ({
  name: `t-${uid()}`,
  endpoint_type: "SYNC",
  model_type: "EMBEDDING",
  account_id: account,
  vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
  ...extra,
});

describe("422 bodies in pydantic's words", () => {
  it("an absent enum field is missing / Field required, not an enum error", async () => {
    const res = await callJson(egp, "POST", "/v4/models", { body: { name: "x", account_id: account } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      detail: [{ loc: ["body", "model_type"], msg: "Field required", type: "missing" }],
    });
    const template = await callJson(egp, "POST", "/v4/model-templates", {
      body: { ...templateBody(), endpoint_type: undefined },
    });
    expect(template.body.detail).toEqual([
      { loc: ["body", "endpoint_type"], msg: "Field required", type: "missing" },
    ]);
  });

  it("wrong values get pydantic's types and messages", async () => {
    const res = await callJson(egp, "POST", "/v4/model-templates", {
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
    const template = await callJson(egp, "POST", "/v4/model-templates", {
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

    const group = await callJson(egp, "POST", "/v4/model-groups", {
      body: { name: `g-${uid()}`, account_id: account, color: "red" },
    });
    expect(group.status).toBe(200);
    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: `m-${uid()}`,
        model_type: "EMBEDDING",
        account_id: account,
        model_template_id: template.body.id,
        base_model_metadata: { model_developer: "me", newer_field: 1 },
        tags: ["x"],
      },
    });
    expect(model.status).toBe(200);
    expect(model.body).not.toHaveProperty("tags");
    expect(model.body.base_model_metadata).toEqual({ model_developer: "me" });
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d", replicas: 2, vendor_configuration: { vendor: "LAUNCH", max_workers: 2, zone: "x" } },
    });
    expect(dep.status, JSON.stringify(dep.body)).toBe(200);
    expect(dep.body).not.toHaveProperty("replicas");

    // The spec's Partial… schemas forbid extra keys, and so do the patches.
    const patch = await callJson(egp, "PATCH", `/v4/models/${model.body.id}`, { body: { tags: ["x"] } });
    expect(patch.status).toBe(422);
    expect(patch.body.detail[0]).toMatchObject({ loc: ["body", "tags"], type: "extra_forbidden" });
  });

  it("a template vendor the spec does not allow is refused at create, not stored", async () => {
    const body = templateBody();
    const res = await callJson(egp, "POST", "/v4/model-templates", {
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
    const stored = await callJson(egp, "POST", "/v4/model-templates", { body: templateBody() });
    await egp.db.execute(
      sql`update model_templates set body = jsonb_set(body, '{vendor_configuration,vendor}', '"LLMENGINE"') where id = ${stored.body.id}`,
    );
    const list = await callJson(egp, "GET", "/v4/model-templates?limit=1000");
    expect(specErrors("PaginatedModelTemplateResponse", list.body)).toEqual([]);
    const old = list.body.items.find((t: { id: string }) => t.id === stored.body.id);
    expect(old.vendor_configuration.vendor).toBe("LAUNCH");
  });

  it("an empty model_template_id or model_group_id is a 422 naming the field, not a 500", async () => {
    for (const field of ["model_template_id", "model_group_id"]) {
      const res = await callJson(egp, "POST", "/v3/models", {
        body: { name: `e-${uid()}`, model_type: "EMBEDDING", account_id: account, [field]: "" },
      });
      expect(res.status).toBe(422);
      expect(res.body.detail[0].loc).toEqual(["body", field]);
    }
    const model = await callJson(egp, "POST", "/v4/models", {
      body: { name: `e-${uid()}`, model_type: "EMBEDDING", account_id: account },
    });
    const patch = await callJson(egp, "PATCH", `/v4/models/${model.body.id}`, {
      body: { model_template_id: "" },
    });
    expect(patch.status).toBe(422);
  });

  it("v3 completions take every knob of the spec's CompletionRequest, temperature up to 2", async () => {
    const { deploymentId, status } = await deployed("Local GGUF completion (llama.cpp)", "COMPLETION", {
      MODEL_PATH: "/m.gguf",
    });
    expect(status).toBe("READY");
    const v3 = await callJson(egp, "POST", `/v3/models/${deploymentId}/completions`, {
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
    const v4 = await callJson(egp, "POST", `/v4/models/${deploymentId}/completions`, {
      body: { prompt: "hi", top_p: 1.5, top_k: 2.5 },
    });
    expect(v4.status).toBe(200);
    const hot = await callJson(egp, "POST", `/v3/models/${deploymentId}/completions`, {
      body: { prompts: ["hi"], temperature: 2.1 },
    });
    expect(hot.status).toBe(422);
    expect(hot.body.detail[0]).toMatchObject({ loc: ["body", "temperature"], type: "less_than_equal" });
  });
});

describe("execute bodies take what the spec allows", () => {
  it("chat content parts may leave out their type, which the spec defaults", async () => {
    const { deploymentId, status } = await deployed("Local GGUF chat (llama.cpp)", "CHAT_COMPLETION", {
      MODEL_PATH: "/m.gguf",
    });
    expect(status).toBe("READY");
    const res = await callJson(egp, "POST", `/v4/models/${deploymentId}/chat-completions`, {
      body: { chat_history: [{ content: [{ text: "earlier" }] }], prompt: "hi", temperature: 2 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe("409 only for real conflicts", () => {
  it("a failed deployment is a 400 with its reason; the wrong kind of model is a 400 naming both types", async () => {
    const failed = await deployed("Cross-encoder reranker (container)", "RERANKING");
    expect(failed.status).toBe("UPDATE_FAILED");
    const res = await callJson(egp, "POST", `/v4/models/${failed.deploymentId}/rerankings`, {
      body: { query: "q", chunks: ["a"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/failed: .*container images cannot run in local mode/);
    const v3 = await callJson(egp, "POST", `/v3/models/${failed.modelId}/execute`, {
      body: { query: "q", chunks: ["a"] },
    });
    expect(v3.status).toBe(400);
    expect(v3.body.detail).toMatch(/failed: /);

    const embedding = await deployed("Local embedding (Universal Sentence Encoder)", "EMBEDDING");
    const wrong = await callJson(egp, "POST", `/v4/models/${embedding.deploymentId}/rerankings`, {
      body: { query: "q", chunks: ["a"] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toBe(
      "This deployment's model is of type EMBEDDING; reranking requests need a deployment of a RERANKING model",
    );
  });

  it("a model type that cannot execute is a 400 saying which can (422s are only about the request)", async () => {
    const template = await callJson(egp, "POST", "/v4/model-templates", {
      body: templateBody({ model_type: "GENERIC" }),
    });
    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: `g-${uid()}`,
        model_type: "GENERIC",
        account_id: account,
        model_template_id: template.body.id,
      },
    });
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    expect((await waitForDeployment(egp, model.body.id, dep.body.id)).status).toBe("READY");
    const res = await callJson(
      egp,
      "POST",
      `/v4/models/${model.body.id}/deployments/${dep.body.id}/execute`,
      {
        body: { texts: ["a"] },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(
      /^Models of type GENERIC cannot execute in local mode; execute a COMPLETION/,
    );
  });

  it("a model with no deployment is a 400; deleting a template in use stays a 409", async () => {
    const model = await callJson(egp, "POST", "/v3/models", {
      body: { name: `n-${uid()}`, model_type: "EMBEDDING", account_id: account },
    });
    const res = await callJson(egp, "POST", `/v3/models/${model.body.id}/execute`, {
      body: { texts: ["a"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/has no deployment; create one first/);

    const template = await callJson(egp, "POST", "/v4/model-templates", { body: templateBody() });
    await callJson(egp, "POST", "/v4/models", {
      body: {
        name: `u-${uid()}`,
        model_type: "EMBEDDING",
        account_id: account,
        model_template_id: template.body.id,
      },
    });
    expect((await callJson(egp, "DELETE", `/v4/model-templates/${template.body.id}`)).status).toBe(409);
  });
});

describe("POST /v4/chunks/rank strategies", () => {
  const chunks = [
    { chunk_id: "a", text: "the cat sat on the mat", score: 0.1, metadata: { source: "x" } },
    { chunk_id: "b", text: "dogs bark at night", score: 0.2 },
    { chunk_id: "c", text: "a cat sat quietly", score: 0.3 },
  ];
  const rank = (rank_strategy: unknown, extra: Record<string, unknown> = {}) =>
    callJson(egp, "POST", "/v4/chunks/rank", {
      body: { query: "the cat sat", relevant_chunks: chunks, rank_strategy, ...extra },
    });

  it("rouge is computed: rouge2 recall by default, any metric and score the spec names", async () => {
    const res = await rank({ method: "rouge" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(specErrors("ChunksRankResponse", res.body)).toEqual([]);
    // Query bigrams "the cat", "cat sat": a has both, c has "cat sat", b none.
    expect(
      res.body.relevant_chunks.map((c: { chunk_id: string; score: number }) => [c.chunk_id, c.score]),
    ).toEqual([
      ["a", 1],
      ["c", 0.5],
      ["b", 0],
    ]);
    expect(res.body.relevant_chunks[0].metadata).toEqual({ source: "x" });

    const precision = await rank(
      { method: "rouge", params: { metric: "rouge1", score: "precision" } },
      { top_k: 2 },
    );
    expect(
      precision.body.relevant_chunks.map((c: { chunk_id: string; score: number }) => [c.chunk_id, c.score]),
    ).toEqual([
      // a: 3 of its 6 words are the query's; c: 2 of 4. Ties keep the request's order.
      ["a", 0.5],
      ["c", 0.5],
    ]);
    const lcs = await rank({ method: "rouge", params: { metric: "rougeL", score: "fmeasure" } });
    expect(lcs.status).toBe(200);
    expect(lcs.body.relevant_chunks[0].chunk_id).toBe("a");
  });

  it("refuses an unknown ROUGE metric or score with what is available", async () => {
    const metric = await rank({ method: "rouge", params: { metric: "bleu" } });
    expect(metric.status).toBe(422);
    expect(metric.body.detail[0].loc).toEqual(["body", "rank_strategy", "rouge", "params", "metric"]);
    expect(metric.body.detail[0].msg).toMatch(/rouge1, .*rougeL, rougeLsum/);
    const score = await rank({ method: "rouge", params: { score: "f1" } });
    expect(score.body.detail).toEqual([
      {
        loc: ["body", "rank_strategy", "rouge", "params", "score"],
        msg: "Input should be 'precision', 'recall' or 'fmeasure'",
        type: "enum",
      },
    ]);
  });

  it("cross_encoder is served by the built-in reranker, and each chunk's metadata says so", async () => {
    const res = await rank({ method: "cross_encoder" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(specErrors("ChunksRankResponse", res.body)).toEqual([]);
    expect(res.body.relevant_chunks.map((c: { chunk_id: string }) => c.chunk_id)).toEqual(["a", "c", "b"]);
    for (const chunk of res.body.relevant_chunks)
      expect(chunk.metadata.rank_substitution).toBe(
        'cross-encoder/ms-marco-MiniLM-L-12-v2 does not run in local mode; ranked by the built-in reranker "hybrid-rerank" instead',
      );
    expect(res.body.relevant_chunks[0].metadata.source).toBe("x");
    const unknown = await rank({ method: "cross_encoder", params: { cross_encoder_model: "mine" } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail[0].loc).toEqual([
      "body",
      "rank_strategy",
      "cross_encoder",
      "params",
      "cross_encoder_model",
    ]);
  });

  it("cross_encoder without a built-in reranker is a 422 that says what to use", async () => {
    const bare = await openTestEgp({ seed: false });
    try {
      const res = await callJson(bare, "POST", "/v4/chunks/rank", {
        body: { query: "q", relevant_chunks: chunks, rank_strategy: { method: "cross_encoder" } },
      });
      expect(res.status).toBe(422);
      expect(res.body.detail[0].msg).toMatch(/no built-in reranker .*"method": "rouge"/);
    } finally {
      await bare.close();
    }
  });

  it("unknown methods, azure_ai_foundry and a model strategy without a model are 422s", async () => {
    const unknown = await rank({ method: "bm42" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail[0]).toMatchObject({
      loc: ["body", "rank_strategy"],
      type: "union_tag_invalid",
    });
    const azure = await rank({
      method: "azure_ai_foundry",
      params: { endpoint_url: "https://x", endpoint_api_key: "k" },
    });
    expect(azure.status).toBe(422);
    expect(azure.body.detail[0].msg).toMatch(/available here: "rouge"/);
    const azureMissing = await rank({ method: "azure_ai_foundry", params: {} });
    expect(azureMissing.body.detail.map((d: { type: string }) => d.type)).toEqual(["missing", "missing"]);
    const noModel = await rank({ method: "model" });
    expect(noModel.status).toBe(422);
    expect(noModel.body.detail[0].loc).toEqual(["body", "rank_strategy", "params"]);
  });
});
