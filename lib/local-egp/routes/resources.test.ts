import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { call, callJson, openTestEgp, templateId, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp?.close();
});

const uid = () => Math.random().toString(36).slice(2, 8);
const account = () => egp.bootstrap.accountId;

async function newModel(name: string, extra: Record<string, unknown> = {}) {
  const res = await callJson(egp, "POST", "/v4/models", {
    body: { name, model_type: "CHAT_COMPLETION", account_id: account(), ...extra },
  });
  expect(res.status).toBe(200);
  return res.body;
}

describe("model templates", () => {
  test("create answers exactly 200 with bundle and endpoint defaults filled in", async () => {
    const res = await callJson(egp, "POST", "/v4/model-templates", {
      body: {
        name: `tpl-${uid()}`,
        endpoint_type: "SYNC",
        model_type: "EMBEDDING",
        vendor_configuration: {
          bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
        },
        account_id: account(),
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.vendor_configuration.vendor).toBe("LAUNCH");
    expect(res.body.vendor_configuration.bundle_config).toMatchObject({
      command: [],
      env: {},
      readiness_initial_delay_seconds: 120,
      healthcheck_route: "/readyz",
      predict_route: "/predict",
      streaming_predict_route: "/generate_streaming",
    });
    expect(res.body.vendor_configuration.endpoint_config).toMatchObject({
      cpus: 3,
      memory: "8Gi",
      endpoint_type: "ASYNC",
      max_workers: 1,
    });
  });

  test("get, patch (scale_egp update) and filter by model_type", async () => {
    const id = await templateId(egp, "Local embedding");
    const got = await callJson(egp, "GET", `/v4/model-templates/${id}`);
    expect(got.body.model_type).toBe("EMBEDDING");
    const patched = await callJson(egp, "PATCH", `/v3/model-templates/${id}`, {
      body: { endpoint_protocol: "SGP" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.endpoint_protocol).toBe("SGP");
    const list = await callJson(egp, "GET", "/v4/model-templates?model_type=RERANKING");
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((t: { model_type: string }) => t.model_type === "RERANKING")).toBe(true);
  });

  test("deleting a template that has models is a readable 409; without models it deletes", async () => {
    const id = await templateId(egp, "Local GGUF completion");
    await newModel(`uses-${uid()}`, { model_type: "COMPLETION", model_template_id: id });
    const blocked = await callJson(egp, "DELETE", `/v4/model-templates/${id}`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.detail).toMatch(/used by 1 model/);

    const fresh = await callJson(egp, "POST", "/v4/model-templates", {
      body: {
        name: "gone",
        endpoint_type: "SYNC",
        model_type: "EMBEDDING",
        account_id: account(),
        vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
      },
    });
    const res = await callJson(egp, "DELETE", `/v4/model-templates/${fresh.body.id}`);
    expect(res.body).toEqual({ success: true, count: 1 });
    expect((await call(egp, "GET", `/v4/model-templates/${fresh.body.id}`)).status).toBe(404);
  });
});

describe("models", () => {
  test("create, get, patch, delete; unknown ids are 404 with a detail", async () => {
    const model = await newModel(`m-${uid()}`, { description: "d" });
    expect(model.deployment_count).toBe(0);
    expect(model.supports_multi_turn).toBe(true);
    expect(model.request_schema.required).toEqual(["chat_history", "prompt"]);
    const patched = await callJson(egp, "PATCH", `/v4/models/${model.id}`, {
      body: { display_name: "Shown" },
    });
    expect(patched.body).toMatchObject({ display_name: "Shown", description: "d" });
    expect((await callJson(egp, "DELETE", `/v4/models/${model.id}`)).body).toEqual({
      success: true,
      count: 1,
    });
    const missing = await callJson(egp, "GET", `/v4/models/${model.id}`);
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain(model.id);
  });

  test("pagination envelope, page 2 empty (scale_gp stops there), and v3 bare arrays", async () => {
    const page1 = await callJson(egp, "GET", "/v4/models?limit=10000");
    expect(page1.body).toMatchObject({ current_page: 1, items_per_page: 10000 });
    expect(page1.body.items.length).toBe(page1.body.total_item_count);
    const page2 = await callJson(egp, "GET", "/v4/models?limit=10000&page=2");
    expect(page2.body.items).toEqual([]);
    expect(page2.body.current_page).toBe(2);
    // v3 lists everything when `origin` is given (without it, models made without a template are left out).
    const v3 = await callJson(egp, "GET", "/v3/models?origin=");
    expect(Array.isArray(v3.body)).toBe(true);
    expect(v3.body.length).toBe(page1.body.total_item_count);
  });

  test("limit bounds are enforced", async () => {
    expect((await call(egp, "GET", "/v4/models?limit=0")).status).toBe(422);
    expect((await call(egp, "GET", "/v4/models?limit=10001")).status).toBe(422);
  });

  test("sort_by comma-joined and repeated, name search, model_type filter", async () => {
    const tag = uid();
    for (const n of ["b", "a", "c"])
      await newModel(`sort-${tag}-${n}`, { model_type: n === "c" ? "EMBEDDING" : "CHAT_COMPLETION" });
    const asc = await callJson(egp, "GET", `/v4/models?name=SORT-${tag}&sort_by=name:asc,created_at:desc`);
    expect(asc.body.items.map((m: { name: string }) => m.name.slice(-1))).toEqual(["a", "b", "c"]);
    const desc = await callJson(
      egp,
      "GET",
      `/v4/models?name=sort-${tag}&sort_by=model_type:asc&sort_by=name:desc`,
    );
    expect(desc.body.items.map((m: { name: string }) => m.name.slice(-1))).toEqual(["b", "a", "c"]);
    const filtered = await callJson(egp, "GET", `/v4/models?name=sort-${tag}&model_type=EMBEDDING`);
    expect(filtered.body.total_item_count).toBe(1);
    expect((await call(egp, "GET", "/v4/models?sort_by=nope:asc")).status).toBe(422);
  });

  test("name search treats LIKE wildcards literally", async () => {
    const tag = uid();
    await newModel(`pct-${tag}-100%`);
    await newModel(`pct-${tag}-1000`);
    const res = await callJson(egp, "GET", `/v4/models?name=${encodeURIComponent(`${tag}-100%`)}`);
    expect(res.body.items.map((m: { name: string }) => m.name)).toEqual([`pct-${tag}-100%`]);
  });
});

describe("model groups", () => {
  test("create, add a model, view=ModelGroup, filter by group, patch and delete", async () => {
    const group = await callJson(egp, "POST", "/v4/model-groups", {
      body: { name: `g-${uid()}`, description: null, account_id: account() },
    });
    expect(group.status).toBe(200);
    expect(group.body).not.toHaveProperty("description");
    const model = await newModel(`grouped-${uid()}`);
    const added = await callJson(egp, "POST", `/v4/model-groups/${group.body.id}/models/${model.id}`);
    expect(added.body.model_group_id).toBe(group.body.id);
    const viewed = await callJson(egp, "GET", `/v4/models/${model.id}?view=ModelGroup`);
    expect(viewed.body.model_group.id).toBe(group.body.id);
    const inGroup = await callJson(egp, "GET", `/v4/models?model_group_id=${group.body.id}`);
    expect(inGroup.body.items.map((m: { id: string }) => m.id)).toEqual([model.id]);
    const patched = await callJson(egp, "PATCH", `/v4/model-groups/${group.body.id}`, {
      body: { description: "now" },
    });
    expect(patched.body.description).toBe("now");
    expect((await callJson(egp, "DELETE", `/v4/model-groups/${group.body.id}`)).body).toEqual({
      success: true,
      count: 1,
    });
    expect((await callJson(egp, "GET", `/v4/models/${model.id}`)).body).not.toHaveProperty("model_group_id");
    expect(Array.isArray((await callJson(egp, "GET", "/v3/model-groups")).body)).toBe(true);
  });
});

describe("deployments", () => {
  test("nested and flat lists, status and model_instance_id filters, deployment_count, cascade on model delete", async () => {
    const model = await newModel(`dep-${uid()}`);
    const dep = await callJson(egp, "POST", `/v4/models/${model.id}/deployments`, {
      body: { name: "d1", account_id: null },
    });
    expect(dep.status).toBe(200);
    expect(dep.body.status).toBe("UPDATE_PENDING");
    await egp.idle();
    expect((await callJson(egp, "GET", `/v4/models/${model.id}`)).body.deployment_count).toBe(1);
    const nested = await callJson(egp, "GET", `/v4/models/${model.id}/deployments`);
    expect(nested.body.items.map((d: { id: string }) => d.id)).toEqual([dep.body.id]);
    const flat = await callJson(
      egp,
      "GET",
      `/v4/model-deployments?model_instance_id=${model.id}&status=UPDATE_FAILED`,
    );
    expect(flat.body.items.map((d: { id: string }) => d.id)).toEqual([dep.body.id]);
    const none = await callJson(
      egp,
      "GET",
      `/v4/model-deployments?model_instance_id=${model.id}&status=READY`,
    );
    expect(none.body.total_item_count).toBe(0);
    expect(Array.isArray((await callJson(egp, "GET", "/v3/model-deployments")).body)).toBe(true);

    const renamed = await callJson(egp, "PATCH", `/v4/models/${model.id}/deployments/${dep.body.id}`, {
      body: { name: "d2" },
    });
    expect(renamed.body.name).toBe("d2");
    await callJson(egp, "DELETE", `/v4/models/${model.id}`);
    expect((await call(egp, "GET", `/v4/models/${model.id}/deployments/${dep.body.id}`)).status).toBe(404);
  });

  test("built-in models and their deployments are immutable", async () => {
    const { body } = await callJson(egp, "GET", "/v4/models?name=bm25-rerank&view=Deployments");
    const builtin = body.items[0];
    expect(builtin.base_model_metadata.ui_model_section_type).toBe("OPENSOURCE");
    const dep = builtin.deployments[0];
    expect(dep.status).toBe("READY");
    const patch = await callJson(egp, "PATCH", `/v4/models/${builtin.id}/deployments/${dep.id}`, {
      body: { name: "x" },
    });
    expect(patch.status).toBe(403);
    expect(patch.body.detail).toMatch(/immutable/);
    expect((await call(egp, "DELETE", `/v4/models/${builtin.id}/deployments/${dep.id}`)).status).toBe(403);
    expect((await call(egp, "DELETE", `/v4/models/${builtin.id}`)).status).toBe(403);
  });
});

describe("secrets", () => {
  test("secret-named template env values are masked and survive a PATCH that echoes the mask", async () => {
    const created = await callJson(egp, "POST", "/v4/model-templates", {
      body: {
        name: `env-${uid()}`,
        endpoint_type: "SYNC",
        model_type: "CHAT_COMPLETION",
        account_id: account(),
        vendor_configuration: {
          bundle_config: {
            registry: "local",
            image: "openai-compatible",
            tag: "1",
            env: { API_KEY: "sk-live", MODEL: "m" },
          },
        },
      },
    });
    expect(created.body.vendor_configuration.bundle_config.env).toEqual({ API_KEY: "********", MODEL: "m" });
    const echoed = {
      ...created.body.vendor_configuration,
      bundle_config: {
        ...created.body.vendor_configuration.bundle_config,
        env: { API_KEY: "********", MODEL: "m2" },
      },
    };
    const patched = await callJson(egp, "PATCH", `/v4/model-templates/${created.body.id}`, {
      body: { vendor_configuration: echoed },
    });
    expect(patched.status).toBe(200);
    expect(JSON.stringify(patched.body)).not.toContain("sk-live");
    expect(patched.body.vendor_configuration.bundle_config.env.MODEL).toBe("m2");
  });
});
