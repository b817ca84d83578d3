import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

let egp: TestEgp;
let viewerKey: string;
let otherKey: string;
beforeAll(async () => {
  egp = await openTestEgp({ seed: false });
  viewerKey = (await egp.users.createUser("v5-viewer@example.test", "viewer")).apiKey;
  await egp.users.createAccount("V5 other");
  otherKey = (await egp.users.createUser("v5-other@example.test", "member", "V5 other")).apiKey;
});
afterAll(async () => {
  await egp?.close();
});

const launch = (name: string, repository = "hash-embedding", registry = "local") => ({
  name,
  model_vendor: "launch",
  vendor_configuration: {
    model_image: { registry, repository, tag: "1", command: [] },
    model_infra: {},
  },
});
const llmengine = (name: string) => ({
  name,
  model_vendor: "llmengine",
  vendor_configuration: { model: "llama-3-8b", some_engine_option: true },
});

async function create(body: unknown) {
  const res = await callJson(egp, "POST", "/v5/models", { body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(specErrors("InferenceModel", res.body)).toEqual([]);
  return res.body;
}

describe("/v5/models", () => {
  it("creates a launch model with the spec's defaults; a local engine image is ready", async () => {
    const model = await create({ ...launch("v5-local"), unknown_key: "ignored" });
    expect(model).toMatchObject({
      object: "model",
      name: "v5-local",
      model_type: "generic",
      model_vendor: "launch",
      status: "ready",
      vendor_configuration: {
        model_image: { predict_route: "/predict", readiness_delay: 120, healthcheck_route: "/readyz" },
        model_infra: { endpoint_type: "sync", cpus: 3, memory: "8Gi", max_workers: 1, per_worker: 10 },
      },
    });
    expect(model).not.toHaveProperty("unknown_key");
    expect((await callJson(egp, "GET", `/v5/models/${model.id}`)).body).toEqual(model);
  });

  it("says why a model cannot run locally: its status is failed with the reason in its metadata", async () => {
    const engine = await create({ ...llmengine("v5-llm"), model_metadata: { team: "a" } });
    expect(engine).toMatchObject({
      model_type: "chat_completion",
      model_vendor: "llmengine",
      status: "failed",
    });
    expect(engine.vendor_configuration).toMatchObject({
      model: "llama-3-8b",
      num_shards: 1,
      inference_framework: "vllm",
      // The spec lets this configuration carry extra keys.
      some_engine_option: true,
    });
    expect(engine.model_metadata.team).toBe("a");
    expect(engine.model_metadata.status_reason).toMatch(/LLM Engine models cannot run in local mode/);

    // The reason is the runtime's: a client's status_reason is dropped, and a runnable model has none.
    const fixed = await callJson(egp, "PATCH", `/v5/models/${engine.id}`, {
      body: { model_metadata: { team: "b", status_reason: "all good" } },
    });
    expect(fixed.body.model_metadata.team).toBe("b");
    expect(fixed.body.model_metadata.status_reason).toMatch(/LLM Engine models cannot run/);
    const ready = await create({ ...launch("v5-ready"), model_metadata: { status_reason: "x", k: 1 } });
    expect(ready.model_metadata).toEqual({ k: 1 });

    const container = await create(launch("v5-container", "my-image", "docker.io"));
    expect(container.status).toBe("failed");
    expect(container.model_metadata.status_reason).toMatch(/container images cannot run in local mode/);
  });

  it("picks the union member by shape when model_vendor is absent, and names it in 422s", async () => {
    const model = await create({ name: "v5-untagged", vendor_configuration: { model: "m" } });
    expect(model.model_vendor).toBe("llmengine");

    const missing = await callJson(egp, "POST", "/v5/models", {
      body: { name: "x", model_vendor: "launch", vendor_configuration: { model_image: {} } },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toContainEqual({
      loc: ["body", "launch", "vendor_configuration", "model_infra"],
      msg: "Field required",
      type: "missing",
    });
    const badTag = await callJson(egp, "POST", "/v5/models", {
      body: { ...launch("y"), model_vendor: "nope" },
    });
    expect(badTag.status).toBe(422);
    expect(badTag.body.detail[0].type).toBe("union_tag_invalid");
  });

  it("refuses a taken name with 409 unless on_conflict is update, which updates that model", async () => {
    const first = await create(launch("v5-dup"));
    const again = await callJson(egp, "POST", "/v5/models", { body: launch("v5-dup") });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already exists/);
    const updated = await create({
      ...launch("v5-dup", "bm25-rerank"),
      on_conflict: "update",
      model_metadata: { v: 2 },
    });
    expect(updated.id).toBe(first.id);
    expect(updated.vendor_configuration.model_image.repository).toBe("bm25-rerank");
    expect(updated.model_metadata).toEqual({ v: 2 });
  });

  it("patches metadata, a partial configuration of the model's vendor, and names (with swap)", async () => {
    const a = await create(launch("v5-a"));
    const b = await create(llmengine("v5-b"));

    const meta = await callJson(egp, "PATCH", `/v5/models/${a.id}`, { body: { model_metadata: { k: 1 } } });
    expect(meta.status).toBe(200);
    expect(specErrors("InferenceModel", meta.body)).toEqual([]);
    expect(meta.body.model_metadata).toEqual({ k: 1 });

    const config = await callJson(egp, "PATCH", `/v5/models/${a.id}`, {
      body: {
        vendor_configuration: { model_image: { registry: "docker.io" }, model_infra: { max_workers: 3 } },
      },
    });
    expect(config.status).toBe(200);
    expect(config.body.status).toBe("failed");
    expect(config.body.vendor_configuration.model_image).toMatchObject({ registry: "docker.io", tag: "1" });
    expect(config.body.vendor_configuration.model_infra).toMatchObject({ max_workers: 3, per_worker: 10 });
    expect(config.body.model_metadata.k).toBe(1);

    const wrongVendor = await callJson(egp, "PATCH", `/v5/models/${b.id}`, {
      body: { vendor_configuration: { model_image: {} } },
    });
    expect(wrongVendor.status).toBe(422);
    expect(wrongVendor.body.detail[0]).toMatchObject({
      loc: ["body", "vendor_configuration", "model_image"],
      type: "extra_forbidden",
    });

    const taken = await callJson(egp, "PATCH", `/v5/models/${a.id}`, { body: { name: "v5-b" } });
    expect(taken.status).toBe(409);
    const swapped = await callJson(egp, "PATCH", `/v5/models/${a.id}`, {
      body: { name: "v5-b", on_conflict: "swap" },
    });
    expect(swapped.status).toBe(200);
    expect(swapped.body.name).toBe("v5-b");
    expect((await callJson(egp, "GET", `/v5/models/${b.id}`)).body.name).toBe("v5-a");
  });

  it("lists newest first with cursors, filters and totals", async () => {
    const all = await callJson(egp, "GET", "/v5/models?limit=1000");
    expect(all.status).toBe(200);
    expect(specErrors("InferenceModelList", all.body)).toEqual([]);
    const ids: string[] = all.body.items.map((m: { id: string }) => m.id);
    expect(all.body).toMatchObject({ object: "list", total: ids.length, has_more: false, limit: 1000 });
    expect(ids.length).toBeGreaterThanOrEqual(6);

    const first = await callJson(egp, "GET", "/v5/models?limit=2");
    expect(first.body.items.map((m: { id: string }) => m.id)).toEqual(ids.slice(0, 2));
    expect(first.body).toMatchObject({ has_more: true, total: ids.length, limit: 2 });
    const next = await callJson(egp, "GET", `/v5/models?limit=2&starting_after=${ids[1]}`);
    expect(next.body.items.map((m: { id: string }) => m.id)).toEqual(ids.slice(2, 4));
    const back = await callJson(egp, "GET", `/v5/models?limit=2&ending_before=${ids[4]}`);
    expect(back.body.items.map((m: { id: string }) => m.id)).toEqual(ids.slice(2, 4));
    expect(back.body.has_more).toBe(true);
    const last = await callJson(egp, "GET", `/v5/models?limit=100&starting_after=${ids[ids.length - 2]}`);
    expect(last.body).toMatchObject({ has_more: false });
    expect(last.body.items.map((m: { id: string }) => m.id)).toEqual([ids[ids.length - 1]]);

    const byVendor = await callJson(egp, "GET", "/v5/models?model_vendor=llmengine");
    expect(byVendor.body.items.every((m: { model_vendor: string }) => m.model_vendor === "llmengine")).toBe(
      true,
    );
    expect(byVendor.body.total).toBe(byVendor.body.items.length);
    const byName = await callJson(egp, "GET", "/v5/models?name=v5-local");
    expect(byName.body.items.map((m: { name: string }) => m.name)).toEqual(["v5-local"]);

    expect((await callJson(egp, "GET", "/v5/models?model_vendor=LAUNCH")).status).toBe(422);
    expect((await callJson(egp, "GET", "/v5/models?limit=1001")).status).toBe(422);
    const unknownCursor = await callJson(egp, "GET", "/v5/models?starting_after=nope");
    expect(unknownCursor.status).toBe(422);
    expect(unknownCursor.body.detail[0].loc).toEqual(["query", "starting_after"]);
  });

  it("deletes in the spec's shape; models are per account and writes need the member role", async () => {
    const model = await create(launch("v5-gone"));
    expect((await callJson(egp, "GET", `/v5/models/${model.id}`, { key: otherKey })).status).toBe(404);
    expect((await callJson(egp, "DELETE", `/v5/models/${model.id}`, { key: viewerKey })).status).toBe(403);
    expect((await callJson(egp, "POST", "/v5/models", { key: viewerKey, body: launch("v") })).status).toBe(
      403,
    );
    expect((await callJson(egp, "GET", `/v5/models/${model.id}`, { key: viewerKey })).status).toBe(200);

    const gone = await callJson(egp, "DELETE", `/v5/models/${model.id}`);
    expect(gone.status).toBe(200);
    expect(specErrors("InferenceModelDelete", gone.body)).toEqual([]);
    expect(gone.body).toEqual({ id: model.id, object: "model", deleted: true });
    expect((await callJson(egp, "GET", `/v5/models/${model.id}`)).status).toBe(404);
    expect((await callJson(egp, "DELETE", `/v5/models/${model.id}`)).status).toBe(404);
  });
});
