import { afterAll, beforeAll, expect, test } from "vitest";
import { loadEngine } from "../engines";
import {
  builtinDeployment,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";

// The weight-free engines through the real loader: proves the runtime and the engines agree on the contract.
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp({ loadEngine });
});
afterAll(async () => {
  await egp?.close();
});

test("built-in hash embedding and BM25 rerank run lazily on first execute", async () => {
  const hash = await builtinDeployment(egp, "hash-embedding");
  const emb = await callJson(egp, "POST", `/v4/models/${hash.deploymentId}/embeddings`, {
    body: { texts: ["hello world", "hello"] },
  });
  expect(emb.status).toBe(200);
  expect(emb.body.embeddings.map((e: [string, number[]]) => e[0])).toEqual(["hello world", "hello"]);
  expect(emb.body.embeddings[0][1].length).toBeGreaterThan(0);

  const bm25 = await builtinDeployment(egp, "bm25-rerank");
  const ranked = await callJson(egp, "POST", "/v4/chunks/rank", {
    body: {
      query: "reset my password",
      relevant_chunks: [
        "Bananas are yellow.",
        "To reset your password, open Settings.",
        "Office hours are 9-5.",
      ],
      rank_strategy: { method: "model", params: { model_deployment_id: bm25.deploymentId } },
    },
  });
  expect(ranked.status).toBe(200);
  expect(ranked.body.relevant_chunks[0].text).toBe("To reset your password, open Settings.");
});

test("a llama-cpp deployment whose GGUF is missing fails with the engine's reason", async () => {
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: "gguf",
      model_type: "COMPLETION",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "Local GGUF completion"),
      model_creation_parameters: { MODEL_PATH: "/nonexistent/model.gguf" },
    },
  });
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
  const final = await waitForDeployment(egp, model.body.id, dep.body.id);
  expect(final.status).toBe("UPDATE_FAILED");
  expect(final.deployment_metadata.status_reason).toMatch(/nonexistent\/model\.gguf/);
});

test("an OpenAI-compatible deployment whose BASE_URL is unreachable fails with a reason instead of hanging", async () => {
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: "oai",
      model_type: "CHAT_COMPLETION",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "OpenAI-compatible chat"),
      model_creation_parameters: { BASE_URL: "http://127.0.0.1:9/v1", MODEL: "m", API_KEY: "sk-test" },
    },
  });
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
  const final = await waitForDeployment(egp, model.body.id, dep.body.id);
  expect(["READY", "UPDATE_FAILED"]).toContain(final.status);
  if (final.status === "UPDATE_FAILED")
    expect(final.deployment_metadata.status_reason).not.toContain("sk-test");
});
