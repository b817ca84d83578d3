import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callJson, openTestEgp, templateId, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

let egp: TestEgp;

beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp?.close();
});

const list = (key?: string, account?: string) =>
  callJson(egp, "GET", "/v4/knowledge-base-embedding-models", {
    key,
    headers: account ? { "x-selected-account-id": account } : {},
  });

type Item = {
  model_name: string;
  model_instance_id: string;
  model_instance_description?: string;
  model_configuration: { type: string; model_deployment_id: string };
};

describe("GET /v4/knowledge-base-embedding-models", () => {
  it("answers the built-in embedding models, each pointing at its READY deployment, with their size", async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(specErrors("ListKnowledgeBaseEmbeddingModelsResponse", res.body)).toEqual([]);
    const byName = new Map((res.body.items as Item[]).map((i) => [i.model_name, i]));
    expect([...byName.keys()].sort()).toEqual(["hash-embedding", "use-embedding"]);
    expect(byName.get("use-embedding")?.model_instance_description).toMatch(/512-dimensional/);
    expect(byName.get("hash-embedding")?.model_instance_description).toMatch(/512-dimensional/);
    for (const item of byName.values()) {
      expect(item.model_configuration.type).toBe("models_api");
      const deployment = await callJson(
        egp,
        "GET",
        `/v4/models/${item.model_instance_id}/deployments/${item.model_configuration.model_deployment_id}`,
      );
      expect(deployment.body).toMatchObject({ status: "READY", model_instance_id: item.model_instance_id });
    }
  });

  it("answers a viewer too, and an account without embedding deployments gets an empty list", async () => {
    const viewer = await egp.users.createUser("kb-viewer@example.test", "viewer", "Local");
    expect((await list(viewer.apiKey)).body.items).toHaveLength(2);
    const other = await egp.users.createAccount("Empty");
    const member = await egp.users.createUser("kb-member@example.test", "member", "Empty");
    const res = await list(member.apiKey, other);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
  });

  it("leaves out models whose deployment is not READY and other model types", async () => {
    const template = await templateId(egp, "Local embedding (Universal Sentence Encoder)");
    const model = await callJson(egp, "POST", "/v4/models", {
      body: { name: "pending-embedder", model_type: "EMBEDDING", model_template_id: template },
    });
    expect(model.status).toBe(200);
    const names = (await list()).body.items.map((i: Item) => i.model_name);
    expect(names).not.toContain("pending-embedder");
    expect(names).not.toContain("hybrid-rerank");
  });
});
