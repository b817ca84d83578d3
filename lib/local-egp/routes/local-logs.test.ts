import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callJson, openTestEgp, templateId, waitForDeployment, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
let modelId: string;

async function deploy(name: string, modelPath = "/m.gguf") {
  const dep = await callJson(egp, "POST", `/v4/models/${modelId}/deployments`, {
    body: { name, model_creation_parameters: { MODEL_PATH: modelPath } },
  });
  expect(dep.status).toBe(200);
  return { id: dep.body.id as string, final: await waitForDeployment(egp, modelId, dep.body.id) };
}

const logs = (id: string, query = "") => callJson(egp, "GET", `/local/model-deployments/${id}/logs${query}`);

beforeAll(async () => {
  egp = await openTestEgp();
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: "logs-completion",
      model_type: "COMPLETION",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "Local GGUF completion"),
      model_creation_parameters: { MODEL_PATH: "/m.gguf" },
    },
  });
  modelId = model.body.id;
});

afterAll(() => egp.close());

describe("GET /local/model-deployments/{id}/logs", () => {
  test("shows the load and one summary per request, without the input", async () => {
    const { id, final } = await deploy("logged");
    expect(final.status).toBe("READY");
    const answered = await callJson(egp, "POST", `/v4/models/${id}/completions`, {
      body: { prompt: "a secret prompt sk-abcdefghijklmnop" },
    });
    expect(answered.status).toBe(200);
    const res = await logs(id);
    expect(res.status).toBe(200);
    const messages = res.body.items.map((l: { message: string }) => l.message);
    expect(messages[0]).toBe("Deployment started");
    expect(messages[1]).toBe("Loading the llama-cpp engine");
    expect(messages[2]).toMatch(/^Engine llama-cpp loaded in (\d+ ms|\d+\.\d s)$/);
    expect(messages[3]).toBe("Ready to serve requests");
    expect(messages[4]).toMatch(/^Request answered \(200\) in \d+ ms · \d+ prompt \+ \d+ response tokens$/);
    expect(JSON.stringify(res.body)).not.toContain("secret prompt");
    expect(res.body.last_seq).toBe(res.body.items.at(-1).seq);
    expect(res.body.epoch).toMatch(/^[0-9a-f-]{36}$/);

    const after = await logs(id, `?after=${res.body.items[3].seq}`);
    expect(after.body.items.map((l: { message: string }) => l.message)).toEqual([messages[4]]);
  });

  test("shows why a deployment failed", async () => {
    const { id, final } = await deploy("broken", "/missing.gguf");
    expect(final.status).toBe("UPDATE_FAILED");
    const res = await logs(id);
    const errors = res.body.items.filter((l: { level: string }) => l.level === "error");
    expect(errors.map((l: { message: string }) => l.message)).toEqual([
      expect.stringMatching(/^Engine load failed: GGUF file \/missing.gguf does not exist/),
      expect.stringMatching(/^Deployment failed: GGUF file \/missing.gguf does not exist/),
    ]);
  });

  test("is 404 for an unknown deployment and 422 for a bad cursor", async () => {
    const missing = await logs("nope");
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toMatch(/not found/i);
    const bad = await logs("nope", "?after=-1");
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["query", "after"]);
  });
});
