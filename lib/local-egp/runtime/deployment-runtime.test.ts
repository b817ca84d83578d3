import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { Engine, EngineSpec } from "../engines/types";
import { stubEngine } from "../testing/stub-engines";
import { callJson, openTestEgp, templateId, waitForDeployment, type TestEgp } from "../testing/open-test-egp";

const opened: TestEgp[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((e) => e.close()));
});

// One shared instance for the lifecycle tests; each test installs its own loader before deploying.
let shared: TestEgp;
let loader: (spec: EngineSpec) => Promise<Engine> = async (spec) => stubEngine(spec);
beforeAll(async () => {
  shared = await openTestEgp({ loadEngine: (spec) => loader(spec), engineLoadTimeoutMs: 200 });
});
afterAll(async () => {
  await shared?.close();
});
function withLoader(next: (spec: EngineSpec) => Promise<Engine>) {
  loader = next;
  return shared;
}

async function open(opts: Parameters<typeof openTestEgp>[0] = {}) {
  const egp = await openTestEgp(opts);
  opened.push(egp);
  return egp;
}

async function modelFrom(
  egp: TestEgp,
  template: string,
  modelType: string,
  params?: Record<string, unknown>,
) {
  const res = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: `m-${modelType}`,
      model_type: modelType,
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, template),
      model_creation_parameters: params,
    },
  });
  expect(res.status).toBe(200);
  return res.body.id as string;
}

const history = (dep: { deployment_metadata: { status_history: { status: string }[] } }) =>
  dep.deployment_metadata.status_history.map((h) => h.status);

describe("deployment lifecycle", () => {
  test("UPDATE_PENDING → UPDATE_IN_PROGRESS → READY, with the engine config = env + model + deployment params", async () => {
    const specs: EngineSpec[] = [];
    const egp = withLoader(async (spec) => (specs.push(spec), stubEngine(spec)));
    const model = await modelFrom(egp, "OpenAI-compatible chat", "CHAT_COMPLETION", {
      BASE_URL: "http://a",
      MODEL: "m",
    });
    const created = await callJson(egp, "POST", `/v4/models/${model}/deployments`, {
      body: { name: "d", model_creation_parameters: { MODEL: "override", API_KEY: "sk-secret" } },
    });
    expect(created.body.status).toBe("UPDATE_PENDING");
    expect(created.body.model_creation_parameters.API_KEY).toBe("********");
    const dep = await waitForDeployment(egp, model, created.body.id);
    expect(dep.status).toBe("READY");
    expect(history(dep)).toEqual(["UPDATE_PENDING", "UPDATE_IN_PROGRESS", "READY"]);
    expect(specs).toEqual([
      {
        image: "openai-compatible",
        config: { BASE_URL: "http://a", MODEL: "override", API_KEY: "sk-secret" },
      },
    ]);
    expect(JSON.stringify(dep)).not.toContain("sk-secret");
  });

  test("an engine load error fails the deployment with its reason persisted", async () => {
    const egp = withLoader(async (spec) => stubEngine(spec));
    const model = await modelFrom(egp, "Local GGUF chat", "CHAT_COMPLETION", { MODEL_PATH: "/missing.gguf" });
    const created = await callJson(egp, "POST", `/v4/models/${model}/deployments`, { body: { name: "d" } });
    const dep = await waitForDeployment(egp, model, created.body.id);
    expect(dep.status).toBe("UPDATE_FAILED");
    expect(dep.deployment_metadata.status_reason).toBe("GGUF file /missing.gguf does not exist");
    expect(dep.deployment_metadata.status_history.at(-1)).toMatchObject({
      status: "UPDATE_FAILED",
      reason: "GGUF file /missing.gguf does not exist",
    });
  });

  test("container images fail honestly, pointing at EGP_API_URL", async () => {
    const egp = withLoader(async (spec) => stubEngine(spec));
    const model = await modelFrom(egp, "Cross-encoder reranker (container)", "RERANKING");
    const created = await callJson(egp, "POST", `/v4/models/${model}/deployments`, { body: { name: "d" } });
    const dep = await waitForDeployment(egp, model, created.body.id);
    expect(dep.status).toBe("UPDATE_FAILED");
    expect(dep.deployment_metadata.status_reason).toMatch(
      /container images cannot run in local mode.*EGP_API_URL/,
    );
  });

  test("a load that never finishes times out instead of hanging", async () => {
    const egp = withLoader(() => new Promise<Engine>(() => undefined));
    const model = await modelFrom(egp, "Local embedding", "EMBEDDING");
    const created = await callJson(egp, "POST", `/v4/models/${model}/deployments`, { body: { name: "d" } });
    const dep = await waitForDeployment(egp, model, created.body.id);
    expect(dep.status).toBe("UPDATE_FAILED");
    expect(dep.deployment_metadata.status_reason).toMatch(/took longer than/);
  });

  test("deletes go through DELETE_IN_PROGRESS and dispose the engine", async () => {
    let disposed = 0;
    const egp = withLoader(
      async (spec) => ({ ...stubEngine(spec), dispose: async () => void disposed++ }) as Engine,
    );
    const model = await modelFrom(egp, "Local embedding", "EMBEDDING");
    const created = await callJson(egp, "POST", `/v4/models/${model}/deployments`, { body: { name: "d" } });
    await waitForDeployment(egp, model, created.body.id);
    const res = await callJson(egp, "DELETE", `/v4/models/${model}/deployments/${created.body.id}`);
    expect(res.body).toEqual({ success: true, count: 1 });
    expect(disposed).toBe(1);
  });
});

describe("restarts", () => {
  test("READY stays READY and reloads its engine lazily on execute; interrupted jobs resume", async () => {
    let loads = 0;
    const loadEngine = async (spec: EngineSpec) => (loads++, stubEngine(spec));
    const egp = await open({ persistent: true, loadEngine });
    const model = await modelFrom(egp, "Local embedding", "EMBEDDING");
    const ready = await callJson(egp, "POST", `/v4/models/${model}/deployments`, { body: { name: "ready" } });
    await waitForDeployment(egp, model, ready.body.id);
    expect(loads).toBe(1);

    // A deployment whose engine is still loading when the process goes away: the loader is called once
    // UPDATE_IN_PROGRESS is stored, so waiting for the call (not for time) puts the crash mid-load.
    let loading!: () => void;
    const loadStarted = new Promise<void>((resolve) => (loading = resolve));
    await egp.restart({
      loadEngine: () => {
        loading();
        return new Promise<Engine>(() => undefined);
      },
    });
    const pending = await callJson(egp, "POST", `/v4/models/${model}/deployments`, {
      body: { name: "pending" },
    });
    await loadStarted;
    await egp.crash();

    await egp.restart({ loadEngine });
    const afterReady = await waitForDeployment(egp, model, ready.body.id);
    expect(afterReady.status).toBe("READY");
    const resumed = await waitForDeployment(egp, model, pending.body.id);
    expect(resumed.status).toBe("READY");
    expect(resumed.deployment_metadata.status_history.map((h: { status: string }) => h.status)).toEqual([
      "UPDATE_PENDING",
      "UPDATE_IN_PROGRESS",
      "UPDATE_PENDING",
      "UPDATE_IN_PROGRESS",
      "READY",
    ]);
    const before = loads;
    const exec = await callJson(egp, "POST", `/v4/models/${ready.body.id}/embeddings`, {
      body: { texts: ["a"] },
    });
    expect(exec.status).toBe(200);
    expect(loads).toBe(before + 1);
  });
});
