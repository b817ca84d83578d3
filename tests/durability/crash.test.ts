import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writer, type Acked, type Api } from "./crash-clients";
import { freePort, kill, startServer, type ServerProcess } from "./server-process";

const ADMIN_KEY = "durability-admin-key-0123456789abcdef";
const KILLS = 3;
const FINAL = new Set(["READY", "UPDATE_FAILED"]);
/** Fields a create answers that must read back unchanged; status and counters legitimately move on. */
const STABLE = [
  "id",
  "name",
  "created_at",
  "account_id",
  "model_type",
  "model_template_id",
  "model_instance_id",
  "endpoint_type",
  "vendor_configuration",
];

let server: ServerProcess | undefined;
let dataDir = "";

afterAll(async () => {
  if (server) await kill(server);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function get(api: Api, urlPath: string) {
  const response = await fetch(`http://127.0.0.1:${api.port()}${urlPath}`, {
    headers: { "x-api-key": api.key },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("crash durability of the embedded server", () => {
  it("keeps every acknowledged create through repeated SIGKILLs and leaves no deployment stuck", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "egp-durability-"));
    const port = await freePort();
    const boot = () => startServer({ port, dataDir, adminKey: ADMIN_KEY });
    server = await boot();
    const info = await (
      await fetch(`http://127.0.0.1:${port}/user-info`, { headers: { "x-api-key": ADMIN_KEY } })
    ).json();
    const api: Api = { port: () => port, key: ADMIN_KEY, accountId: info.access_profiles[0].account.id };

    const acked: Acked[] = [];
    let stopped = false;
    const writers = [1, 2, 3].map((id) => writer(api, id, () => stopped, acked));

    for (let k = 0; k < KILLS; k++) {
      await pause(700 + Math.random() * 1500);
      await kill(server);
      server = await boot();
    }
    await pause(800);
    stopped = true;
    await Promise.all(writers);

    const counts = { template: 0, model: 0, deployment: 0 };
    for (const entry of acked) counts[entry.kind]++;
    expect(counts.deployment, JSON.stringify(counts)).toBeGreaterThan(2);

    for (const entry of acked) {
      const read = await get(api, entry.path);
      expect(read.status, `${entry.kind} ${entry.path} lost: ${JSON.stringify(read.body)}`).toBe(200);
      for (const field of STABLE)
        if (field in entry.body)
          expect(read.body[field], `${entry.path} ${field}`).toEqual(entry.body[field]);
    }

    // Settle: resumed deployments finish loading, or fail with a reason a person can read.
    let stuck: Record<string, unknown>[] = [];
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await pause(300)) {
      const all = await get(api, "/v4/model-deployments?limit=10000");
      const items = all.body.items as Record<string, unknown>[];
      stuck = items.filter((d) => !FINAL.has(String(d.status)));
      if (stuck.length === 0) {
        const failed = items.filter((d) => d.status === "UPDATE_FAILED");
        const reasons = failed.map(
          (d) => (d.deployment_metadata as { status_reason?: string } | undefined)?.status_reason,
        );
        for (const reason of reasons)
          expect(typeof reason === "string" && reason.length > 0, JSON.stringify(failed[0])).toBe(true);
        break;
      }
    }
    expect(stuck.map((d) => `${String(d.name)}: ${String(d.status)}`)).toEqual([]);
  }, 240_000);
});
