import { describe, expect, it } from "vitest";
import { withEdgesServer } from "../testing/edges-server";
import { callJson, waitForDeployment } from "../testing/open-test-egp";

/** Executing at the spec's edges: the bodies it allows, and 409 kept for real conflicts. */

const edges = withEdgesServer();
const { deployed, templateBody, uid } = edges;

describe("execute bodies take what the spec allows", () => {
  it("chat content parts may leave out their type, which the spec defaults", async () => {
    const { deploymentId, status } = await deployed("Local GGUF chat (llama.cpp)", "CHAT_COMPLETION", {
      MODEL_PATH: "/m.gguf",
    });
    expect(status).toBe("READY");
    const res = await callJson(edges.egp, "POST", `/v4/models/${deploymentId}/chat-completions`, {
      body: { chat_history: [{ content: [{ text: "earlier" }] }], prompt: "hi", temperature: 2 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe("409 only for real conflicts", () => {
  it("a failed deployment is a 400 with its reason; the wrong kind of model is a 400 naming both types", async () => {
    const failed = await deployed("Cross-encoder reranker (container)", "RERANKING");
    expect(failed.status).toBe("UPDATE_FAILED");
    const res = await callJson(edges.egp, "POST", `/v4/models/${failed.deploymentId}/rerankings`, {
      body: { query: "q", chunks: ["a"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/failed: .*container images cannot run in local mode/);
    const v3 = await callJson(edges.egp, "POST", `/v3/models/${failed.modelId}/execute`, {
      body: { query: "q", chunks: ["a"] },
    });
    expect(v3.status).toBe(400);
    expect(v3.body.detail).toMatch(/failed: /);

    const embedding = await deployed("Local embedding (Universal Sentence Encoder)", "EMBEDDING");
    const wrong = await callJson(edges.egp, "POST", `/v4/models/${embedding.deploymentId}/rerankings`, {
      body: { query: "q", chunks: ["a"] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toBe(
      "This deployment's model is of type EMBEDDING; reranking requests need a deployment of a RERANKING model",
    );
  });

  it("a model type that cannot execute is a 400 saying which can (422s are only about the request)", async () => {
    const template = await callJson(edges.egp, "POST", "/v4/model-templates", {
      body: templateBody({ model_type: "GENERIC" }),
    });
    const model = await callJson(edges.egp, "POST", "/v4/models", {
      body: {
        name: `g-${uid()}`,
        model_type: "GENERIC",
        account_id: edges.account,
        model_template_id: template.body.id,
      },
    });
    const dep = await callJson(edges.egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    expect((await waitForDeployment(edges.egp, model.body.id, dep.body.id)).status).toBe("READY");
    const res = await callJson(
      edges.egp,
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
    const model = await callJson(edges.egp, "POST", "/v3/models", {
      body: { name: `n-${uid()}`, model_type: "EMBEDDING", account_id: edges.account },
    });
    const res = await callJson(edges.egp, "POST", `/v3/models/${model.body.id}/execute`, {
      body: { texts: ["a"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/has no deployment; create one first/);

    const template = await callJson(edges.egp, "POST", "/v4/model-templates", { body: templateBody() });
    await callJson(edges.egp, "POST", "/v4/models", {
      body: {
        name: `u-${uid()}`,
        model_type: "EMBEDDING",
        account_id: edges.account,
        model_template_id: template.body.id,
      },
    });
    expect((await callJson(edges.egp, "DELETE", `/v4/model-templates/${template.body.id}`)).status).toBe(409);
  });
});
