import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  builtinDeployment,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";
import { guideShapeErrors } from "../testing/guide-era-sdk";
import { operationOf, queryProblems, requestBodyProblems } from "../testing/spec-coverage";
import { specErrors } from "../testing/spec-validator";

let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp?.close();
});

async function expectSchema(
  name: string,
  method: string,
  path: string,
  body?: unknown,
  opts: { array?: boolean; status?: number } = {},
) {
  // The request is the spec's too (explicit nulls read as absent, as the SDKs send them), where the spec
  // lists the route (PATCH of a v3 template, say, it does not).
  const op = operationOf(method, path);
  if (op && (opts.status ?? 200) < 400) {
    const query = Object.fromEntries(new URL(`http://x${path}`).searchParams);
    expect(
      [...requestBodyProblems(op, body, { nullsAsAbsent: true }), ...queryProblems(op, query)],
      `${op} request`,
    ).toEqual([]);
  }
  const res = await callJson(egp, method, path, { body });
  expect(res.status, JSON.stringify(res.body)).toBe(opts.status ?? 200);
  expect(specErrors(name, res.body, opts)).toEqual([]);
  return res.body;
}

describe("responses match the OpenAPI spec", () => {
  test("the validator rejects what the spec rejects", () => {
    expect(specErrors("DeleteResponse", { success: "yes", count: 1 })).not.toEqual([]);
    expect(specErrors("EmbeddingResponse", { embeddings: [], extra: 1 })).not.toEqual([]);
    expect(specErrors("ModelGroupResponse", { name: "g", account_id: "a", description: null })).not.toEqual(
      [],
    );
  });

  test("the request checks reject what the spec rejects", () => {
    expect(operationOf("POST", "/v4/models/d1/embeddings")).toBe(
      "POST /v4/models/{model_deployment_id}/embeddings",
    );
    expect(operationOf("GET", "/v4/models/m1")).toBe("GET /v4/models/{model_id}");
    expect(operationOf("POST", "/v3/models/m1/execute")).toBeNull();
    expect(requestBodyProblems("POST /v4/models", { name: "m" })).not.toEqual([]);
    expect(requestBodyProblems("GET /v4/models", {})).not.toEqual([]);
    expect(
      requestBodyProblems("POST /v4/model-groups", { name: "g", account_id: "a", description: null }),
    ).not.toEqual([]);
    expect(
      requestBodyProblems(
        "POST /v4/model-groups",
        { name: "g", account_id: "a", description: null },
        { nullsAsAbsent: true },
      ),
    ).toEqual([]);
    expect(queryProblems("GET /v4/models", { limit: "0" })).not.toEqual([]);
    expect(queryProblems("GET /v4/models", { view: "Deployments,Nope" })).not.toEqual([]);
    expect(queryProblems("GET /v4/models", { bogus: "1" })).not.toEqual([]);
    expect(queryProblems("GET /v4/models", { view: "Deployments,ModelGroup", limit: "5" })).toEqual([]);
  });

  test("templates", async () => {
    const created = await expectSchema("ModelTemplateResponse", "POST", "/v4/model-templates", {
      name: "c",
      endpoint_type: "ASYNC",
      model_type: "COMPLETION",
      account_id: egp.bootstrap.accountId,
      endpoint_protocol: null,
      vendor_configuration: {
        vendor: "LAUNCH",
        bundle_config: { registry: "local", image: "llama-cpp", tag: "1", streaming_command: null },
        endpoint_config: { gpu_type: null },
        fine_tuning_job_bundle_config: null,
      },
      model_creation_parameters_schema: {
        parameters: [{ name: "MODEL_PATH", type: "str", description: "p", required: true }],
      },
      model_request_parameters_schema: null,
    });
    await expectSchema("ModelTemplateResponse", "GET", `/v4/model-templates/${created.id}`);
    await expectSchema("ModelTemplateResponse", "PATCH", `/v3/model-templates/${created.id}`, {
      name: "renamed",
    });
    await expectSchema("PaginatedModelTemplateResponse", "GET", "/v4/model-templates");
    await expectSchema("ModelTemplateResponse", "GET", "/v3/model-templates", undefined, { array: true });
    await expectSchema("DeleteResponse", "DELETE", `/v4/model-templates/${created.id}`);
  });

  test("models, groups and deployments, with views", async () => {
    const group = await expectSchema("ModelGroupResponse", "POST", "/v4/model-groups", {
      name: "g",
      account_id: egp.bootstrap.accountId,
      description: "d",
    });
    await expectSchema("ModelGroupResponse", "PATCH", `/v4/model-groups/${group.id}`, { name: "g2" });
    await expectSchema("PaginatedModelGroupResponse", "GET", "/v4/model-groups");
    await expectSchema("ModelGroupResponse", "GET", "/v3/model-groups", undefined, { array: true });

    const model = await expectSchema("ModelInstanceResponse", "POST", "/v4/models", {
      name: "m",
      model_type: "EMBEDDING",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "Local embedding"),
      base_model_metadata: { ui_model_section_type: "CUSTOM", modelDetails: { number_of_parameters: 1 } },
    });
    await expectSchema("ModelInstanceResponse", "POST", `/v4/model-groups/${group.id}/models/${model.id}`);
    await expectSchema("ModelInstanceResponse", "PATCH", `/v4/models/${model.id}`, { description: "x" });
    const dep = await expectSchema("ModelDeploymentResponse", "POST", `/v4/models/${model.id}/deployments`, {
      name: "d",
      vendor_configuration: { vendor: "LLMENGINE", gpus: 1 },
    });
    await waitForDeployment(egp, model.id, dep.id);
    await expectSchema("ModelDeploymentResponse", "GET", `/v4/models/${model.id}/deployments/${dep.id}`);
    await expectSchema("ModelDeploymentResponse", "PATCH", `/v4/models/${model.id}/deployments/${dep.id}`, {
      deployment_metadata: { a: 1 },
    });
    await expectSchema("PaginatedModelDeploymentResponse", "GET", `/v4/models/${model.id}/deployments`);
    await expectSchema(
      "PaginatedModelDeploymentResponse",
      "GET",
      "/v4/model-deployments?sort_by=status:desc",
    );
    await expectSchema("ModelDeploymentResponse", "GET", "/v3/model-deployments", undefined, { array: true });

    const withViews = await expectSchema(
      "ModelInstanceResponseWithViews",
      "GET",
      `/v4/models/${model.id}?view=Deployments,ModelGroup`,
    );
    expect(withViews.model_group.id).toBe(group.id);
    expect(withViews.deployments).toHaveLength(1);
    await expectSchema(
      "PaginatedModelInstanceResponseWithViews",
      "GET",
      "/v4/models?view=Deployments&view=ModelGroup&sort_by=deployment_count:desc",
    );
    await expectSchema("ModelInstanceResponseWithViews", "GET", "/v3/models?view=Deployments", undefined, {
      array: true,
    });

    await expectSchema("DeleteResponse", "DELETE", `/v4/models/${model.id}/deployments/${dep.id}`);
    await expectSchema("DeleteResponse", "DELETE", `/v4/models/${model.id}`);
    await expectSchema("DeleteResponse", "DELETE", `/v4/model-groups/${group.id}`);
  });

  test("v3 bodies are valid for the spec and for the guide-era SDK (scale_egp 0.0.0b2x)", async () => {
    const template = await expectSchema("ModelTemplateResponse", "POST", "/v3/model-templates", {
      name: "guide-contract",
      endpoint_type: "SYNC",
      model_type: "RERANKING",
      account_id: egp.bootstrap.accountId,
      vendor_configuration: {
        vendor: "LAUNCH",
        bundle_config: { registry: "local", image: "bm25-rerank", tag: "1" },
      },
      model_creation_parameters_schema: {
        parameters: [{ name: "NOTE", type: "str", description: "d", required: true }],
      },
    });
    // The guide-era body has no model_type: not the spec's request, so sent without the request check.
    const created = await callJson(egp, "POST", "/v3/models", {
      body: {
        name: "guide-contract",
        model_vendor: null,
        base_model_id: null,
        description: null,
        model_template_id: template.id,
        model_creation_parameters: { NOTE: "n" },
        account_id: egp.bootstrap.accountId,
      },
    });
    expect(created.status).toBe(200);
    expect(specErrors("ModelInstanceResponse", created.body)).toEqual([]);
    expect(guideShapeErrors("Model", created.body)).toEqual([]);
    await egp.idle();
    const one = await expectSchema("ModelInstanceResponseWithViews", "GET", `/v3/models/${created.body.id}`);
    expect(guideShapeErrors("Model", one)).toEqual([]);
    expect(one.status).toBe("READY");
    const patched = await expectSchema("ModelInstanceResponse", "PATCH", `/v3/models/${created.body.id}`, {
      description: "x",
    });
    expect(guideShapeErrors("Model", patched)).toEqual([]);
    const list = await expectSchema("ModelInstanceResponseWithViews", "GET", "/v3/models", undefined, {
      array: true,
    });
    expect(guideShapeErrors("Model", list, { array: true })).toEqual([]);
    const templates = await expectSchema("ModelTemplateResponse", "GET", "/v3/model-templates", undefined, {
      array: true,
    });
    expect(guideShapeErrors("ModelTemplate", templates, { array: true })).toEqual([]);
    const info = await expectSchema("UserInfo", "GET", "/user-info");
    expect(guideShapeErrors("UserInfo", info)).toEqual([]);
    await expectSchema("DeleteResponse", "DELETE", `/v3/models/${created.body.id}`);
  });

  test("identity", async () => {
    await expectSchema("UserInfo", "GET", "/user-info");
    await expectSchema("PaginatedAccountV2", "GET", "/v4/accounts");
  });

  test("execute responses", async () => {
    const use = await builtinDeployment(egp, "use-embedding");
    await expectSchema("EmbeddingResponse", "POST", `/v4/models/${use.deploymentId}/embeddings`, {
      texts: ["a", "b"],
    });
    const rr = await builtinDeployment(egp, "hybrid-rerank");
    await expectSchema("RerankingResponse", "POST", `/v4/models/${rr.deploymentId}/rerankings`, {
      query: "a",
      chunks: ["a"],
    });
    await expectSchema("ChunksRankResponse", "POST", "/v4/chunks/rank", {
      query: "a",
      relevant_chunks: [{ chunk_id: "1", text: "a", score: 0.2, title: null }],
      rank_strategy: { method: "model", params: { model_deployment_id: rr.deploymentId } },
    });

    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: "chat",
        model_type: "CHAT_COMPLETION",
        account_id: egp.bootstrap.accountId,
        model_template_id: await templateId(egp, "Local GGUF chat"),
        model_creation_parameters: { MODEL_PATH: "/m.gguf" },
      },
    });
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    await waitForDeployment(egp, model.body.id, dep.body.id);
    await expectSchema("CompletionResponse", "POST", `/v4/models/${dep.body.id}/chat-completions`, {
      chat_history: [],
      prompt: "p",
    });
    await expectSchema(
      "CompletionResponse",
      "POST",
      `/v4/models/${model.body.id}/deployments/${dep.body.id}/execute`,
      { chat_history: [], prompt: "p", stream: false },
    );
  });

  test("validation errors", async () => {
    await expectSchema("HTTPValidationError", "POST", "/v4/models", { name: null }, { status: 422 });
  });
});
