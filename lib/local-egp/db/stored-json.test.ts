import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createLocalEgp, type LocalEgpInternal } from "../index";
import { TEST_ADMIN_KEY } from "../testing/open-test-egp";
import { stubLoadEngine } from "../testing/stub-engines";
import { openDb } from "./open";
import { UNAVAILABLE_KEY } from "./stored-json";

let dir: string;
let egp: LocalEgpInternal;
const logs: string[] = [];
let modelId: string;
let deploymentId: string;
let templateId: string;

const start = () =>
  createLocalEgp({
    dataDir: dir,
    adminKey: TEST_ADMIN_KEY,
    loadEngine: stubLoadEngine,
    log: (l) => logs.push(l),
  });

async function get(pathname: string) {
  const res = await egp.handle(
    new Request(`http://local${pathname}`, { headers: { "x-api-key": TEST_ADMIN_KEY } }),
  );
  return { status: res.status, body: await res.json() };
}
async function post(pathname: string, body: unknown) {
  const res = await egp.handle(
    new Request(`http://local${pathname}`, {
      method: "POST",
      headers: { "x-api-key": TEST_ADMIN_KEY, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  return (await res.json()) as { id: string };
}

const deep = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

// Poison written straight into the database, as an older version without input limits stored it.
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "egp-poison-"));
  egp = await start();
  const account = egp.bootstrap.accountId;
  modelId = (await post("/v4/models", { name: "poisoned", model_type: "COMPLETION", account_id: account }))
    .id;
  deploymentId = (await post(`/v4/models/${modelId}/deployments`, { name: "d" })).id;
  templateId = (
    await post("/v4/model-templates", {
      name: "poisoned-template",
      endpoint_type: "SYNC",
      model_type: "COMPLETION",
      vendor_configuration: { bundle_config: { registry: "r", image: "i", tag: "1" } },
    })
  ).id;
  await egp.idle();
  await egp.close();
  const store = await openDb({ dataDir: dir });
  await store.db.execute(
    sql`update models set body = jsonb_set(body, '{model_creation_parameters}', ${`{"x":${deep(5000)}}`}::jsonb) where id = ${modelId}`,
  );
  await store.db.execute(
    sql`update deployments set body = jsonb_set(body, '{deployment_metadata}', ${JSON.stringify({ blob: "b".repeat(2 * 1024 * 1024) })}::jsonb) where id = ${deploymentId}`,
  );
  await store.db.execute(
    sql`update model_templates set body = jsonb_set(body, '{vendor_configuration,fine_tuning_job_bundle_config}', ${deep(3000)}::jsonb) where id = ${templateId}`,
  );
  await store.close();
  egp = await start();
}, 120_000);

afterAll(async () => {
  await egp?.close();
  await rm(dir, { recursive: true, force: true });
});

test("lists and gets answer 200 with a marker in place of an over-deep stored value", async () => {
  for (const pathname of ["/v4/models?limit=100&view=Deployments", "/v3/models", `/v4/models/${modelId}`]) {
    const res = await get(pathname);
    expect(res.status, pathname).toBe(200);
  }
  const model = (await get(`/v4/models/${modelId}`)).body;
  expect(model.model_creation_parameters).toEqual({
    [UNAVAILABLE_KEY]: "JSON nesting deeper than 64 levels; update this field to replace it",
  });
  expect(model.name).toBe("poisoned");
});

test("a stored value over 1 MB is replaced too, the rest of the row is answered", async () => {
  for (const pathname of [
    "/v4/model-deployments",
    `/v4/models/${modelId}/deployments`,
    `/v4/models/${modelId}/deployments/${deploymentId}`,
  ]) {
    const res = await get(pathname);
    expect(res.status, pathname).toBe(200);
  }
  const dep = (await get(`/v4/models/${modelId}/deployments/${deploymentId}`)).body;
  expect(dep.deployment_metadata[UNAVAILABLE_KEY]).toMatch(/larger than 1 MB/);
  expect(dep.name).toBe("d");
});

test("templates with a poisoned nested field still list", async () => {
  expect((await get("/v4/model-templates?limit=100")).status).toBe(200);
  const template = (await get(`/v4/model-templates/${templateId}`)).body;
  expect(template.vendor_configuration[UNAVAILABLE_KEY]).toMatch(/nesting deeper than 64/);
});

test("each poisoned field is logged once, however often it is read", async () => {
  await get("/v4/models");
  await get("/v4/models");
  const lines = logs.filter((l) => l.includes("model_creation_parameters") && l.includes("marker"));
  expect(lines).toHaveLength(1);
  expect(lines[0].length).toBeLessThan(300);
});
