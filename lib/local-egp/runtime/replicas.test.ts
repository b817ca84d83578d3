/**
 * Several consoles on one PostgreSQL, as real processes: what one creates another executes, each
 * deployment job runs once, and the job of a replica killed mid-deploy is finished by another.
 * Runs in the PostgreSQL step of `npm test` (scripts/with-postgres.sh sets EGP_TEST_DATABASE_URL).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freePort, kill, startServer, type ServerProcess } from "../../../tests/durability/server-process";
import { createTestDatabase } from "../testing/open-test-egp";

const SERVER_URL = process.env.EGP_TEST_DATABASE_URL;
const ADMIN_KEY = "replicas-admin-key-0123456789abcdef";
/** Short leases so a dead replica's job is taken over within seconds; the heartbeat renews at a third. */
const LEASE = ["--lease-ms", "3000", "--tick-ms", "1000"];

type Json = Record<string, unknown> & { deployment_metadata?: { status_history?: { status: string }[] } };

let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
let dataDir = "";
const servers: ServerProcess[] = [];

async function replica(args: string[] = []) {
  const server = await startServer({
    port: await freePort(),
    dataDir,
    adminKey: ADMIN_KEY,
    databaseUrl: db!.url,
    args: ["--stub-engines", ...LEASE, ...args],
  });
  servers.push(server);
  return server;
}

async function api(server: ServerProcess, method: string, urlPath: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${server.port}${urlPath}`, {
    method,
    headers: { "x-api-key": ADMIN_KEY, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/** Polls until `done` holds for the deployment, within a deadline. */
async function until(server: ServerProcess, model: string, id: string, done: (d: Json) => boolean) {
  let last: Json = {};
  for (const deadline = Date.now() + 45_000; Date.now() < deadline;) {
    last = (await api(server, "GET", `/v4/models/${model}/deployments/${id}`)).body;
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`deployment ${id} did not get there: ${JSON.stringify(last)}`);
}
const final = (d: Json) => d.status === "READY" || d.status === "UPDATE_FAILED";
const steps = (d: Json) => (d.deployment_metadata?.status_history ?? []).map((h) => h.status);
/** How many times a process finished loading the deployment: its log says "deployment <id> READY" each time. */
const runs = (id: string, ...of: ServerProcess[]) =>
  of.reduce(
    (n, s) =>
      n +
      s
        .log()
        .split("\n")
        .filter((l) => l === `deployment ${id} READY`).length,
    0,
  );

async function sql(text: string, values: unknown[] = []) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: db!.url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

describe.skipIf(!SERVER_URL)("console replicas on one PostgreSQL", () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let model = "";

  beforeAll(async () => {
    db = await createTestDatabase(SERVER_URL!);
    dataDir = await mkdtemp(path.join(os.tmpdir(), "egp-replicas-"));
    // Started together on an empty database: migrations and the first admin are created once.
    [a, b] = await Promise.all([replica(), replica()]);
    const template = await api(a, "GET", `/v4/model-templates?name=${encodeURIComponent("Local embedding")}`);
    const info = await api(a, "GET", "/user-info");
    const created = await api(a, "POST", "/v4/models", {
      name: "replicated",
      model_type: "EMBEDDING",
      account_id: (info.body.access_profiles as { account: { id: string } }[])[0].account.id,
      model_template_id: (template.body.items as { id: string }[])[0].id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    model = String(created.body.id);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => kill(s)));
    await db?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test("a deployment created on A executes on B, which loads the engine on demand", async () => {
    const created = await api(a, "POST", `/v4/models/${model}/deployments`, { name: "on-a" });
    const id = String(created.body.id);
    expect(steps(await until(b, model, id, final))).toEqual([
      "UPDATE_PENDING",
      "UPDATE_IN_PROGRESS",
      "READY",
    ]);
    const executed = await api(b, "POST", `/v4/models/${id}/embeddings`, { texts: ["abc"] });
    expect(executed.status, JSON.stringify(executed.body)).toBe(200);
    expect(executed.body.embeddings).toEqual([["abc", [3, 1, 0]]]);
    expect(runs(id, a)).toBe(1);
    expect(runs(id, b)).toBe(0);
  }, 90_000);

  test("open jobs that both replicas' sweeps find are each run once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await api(i % 2 ? b : a, "POST", `/v4/models/${model}/deployments`, { name: `d${i}` });
      ids.push(String(created.body.id));
    }
    for (const id of ids) await until(a, model, id, final);
    // Reopen the jobs behind both replicas' backs: nobody holds them, so both sweeps race for each.
    await sql(
      "UPDATE deployments SET status = 'UPDATE_PENDING', claim_token = NULL, claim_expires_at = NULL WHERE id = ANY($1)",
      [ids],
    );
    for (const id of ids) {
      const done = await until(b, model, id, (d) => d.status === "READY" && runs(id, a, b) >= 2);
      expect(steps(done).slice(3)).toEqual(["UPDATE_IN_PROGRESS", "READY"]);
      expect(runs(id, a, b)).toBe(2);
    }
  }, 120_000);

  test("a replica SIGKILLed mid-deploy leaves no job stuck: another takes it over when the lease runs out", async () => {
    // Its engine loads take ten minutes: the job is surely in progress when the replica dies.
    const slow = await replica(["--stub-load-ms", "600000"]);
    const created = await api(slow, "POST", `/v4/models/${model}/deployments`, { name: "on-slow" });
    const id = String(created.body.id);
    await until(slow, model, id, (d) => d.status === "UPDATE_IN_PROGRESS");
    await kill(slow);

    const done = await until(a, model, id, final);
    expect(done.status).toBe("READY");
    expect(steps(done)).toEqual([
      "UPDATE_PENDING",
      "UPDATE_IN_PROGRESS",
      "UPDATE_PENDING",
      "UPDATE_IN_PROGRESS",
      "READY",
    ]);
    expect(runs(id, a, b)).toBe(1);
    for (const server of [a, b])
      expect((await api(server, "POST", `/v4/models/${id}/embeddings`, { texts: ["x"] })).status).toBe(200);
  }, 180_000);
});
