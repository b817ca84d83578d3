import { inArray } from "drizzle-orm";
import { getEventListeners } from "node:events";
import { afterEach, expect, test } from "vitest";
import { deployments } from "../db/schema";
import type { Engine, EngineSpec } from "../engines/types";
import { deploymentClaims } from "../store/deployment-jobs";
import { stubEngine } from "../testing/stub-engines";
import { callJson, openTestEgp, templateId, type TestEgp } from "../testing/open-test-egp";
import { DeploymentRuntime, type EngineLoader } from "./deployment-runtime";

const LEASE = 10_000;
const opened: TestEgp[] = [];
const others: DeploymentRuntime[] = [];
afterEach(async () => {
  await Promise.all(others.splice(0).map((r) => r.close()));
  await Promise.all(opened.splice(0).map((e) => e.close()));
});

/** One server whose lease clock the test moves; no timer: the test calls tick() where a timer would. */
async function setup(loadEngine: EngineLoader) {
  const clock = { t: 1_000_000 };
  const egp = await openTestEgp({ loadEngine, jobs: { leaseMs: LEASE, tickMs: 0, now: () => clock.t } });
  opened.push(egp);
  const res = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: "m",
      model_type: "EMBEDDING",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "Local embedding"),
    },
  });
  const model = res.body.id as string;
  /** Another console on the same database. */
  const replica = (loader: EngineLoader) => {
    const runtime = new DeploymentRuntime(egp.db, loader, () => undefined, {
      leaseMs: LEASE,
      tickMs: 0,
      now: () => clock.t,
    });
    others.push(runtime);
    return runtime;
  };
  const deploy = async (name: string) =>
    (await callJson(egp, "POST", `/v4/models/${model}/deployments`, { body: { name } })).body.id as string;
  const read = async (id: string) =>
    (await callJson(egp, "GET", `/v4/models/${model}/deployments/${id}`)).body;
  return { egp, clock, replica, deploy, read };
}

const steps = (d: { deployment_metadata: { status_history: { status: string }[] } }) =>
  d.deployment_metadata.status_history.map((h) => h.status);

function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test("a job whose runner stops renewing is taken over once its lease ran out, not before", async () => {
  const held = gate();
  const loading = gate();
  let disposed = 0;
  const { egp, clock, replica, deploy, read } = await setup(async (spec) => {
    loading.open(); // called once UPDATE_IN_PROGRESS is stored
    await held.opened;
    return { ...stubEngine(spec), dispose: async () => void disposed++ } as Engine;
  });
  const id = await deploy("d");
  await loading.opened;
  expect((await read(id)).status).toBe("UPDATE_IN_PROGRESS");

  const other = replica(async (spec) => stubEngine(spec));
  clock.t += LEASE - 1;
  await other.tick();
  expect((await read(id)).status).toBe("UPDATE_IN_PROGRESS"); // lease still running

  await egp.runtime.tick(); // the heartbeat: the claim now lasts until t + LEASE
  clock.t += LEASE - 1;
  await other.tick();
  await other.idle();
  expect((await read(id)).status).toBe("UPDATE_IN_PROGRESS");

  clock.t += 2; // the runner went quiet: no heartbeat past its lease
  await other.tick();
  await other.idle();
  const taken = await read(id);
  expect(taken.status).toBe("READY");
  expect(steps(taken)).toEqual([
    "UPDATE_PENDING",
    "UPDATE_IN_PROGRESS",
    "UPDATE_PENDING",
    "UPDATE_IN_PROGRESS",
    "READY",
  ]);
  expect(taken.deployment_metadata.status_history[2].reason).toMatch(/Resumed/);

  // The first runner comes back: it lost the claim, so it cannot write its outcome and drops its engine.
  held.open();
  await egp.idle();
  expect(steps(await read(id))).toHaveLength(5);
  expect(disposed).toBe(1);
});

test("concurrent claimers of open jobs: each job runs exactly once", async () => {
  const { egp, replica, deploy, read } = await setup(async (spec) => stubEngine(spec));
  const ids = [await deploy("a"), await deploy("b"), await deploy("c")];
  await egp.idle();
  // Reopen them with nobody holding them, then let four consoles sweep at once.
  await egp.db
    .update(deployments)
    .set({ status: "UPDATE_PENDING", claimToken: null, claimExpiresAt: null })
    .where(inArray(deployments.id, ids));
  const loads = new Map<string, number>();
  const counting = (name: string) => async (spec: EngineSpec) => {
    loads.set(name, (loads.get(name) ?? 0) + 1);
    return stubEngine(spec);
  };
  const replicas = ["r1", "r2", "r3", "r4"].map((name) => replica(counting(name)));
  await Promise.all(replicas.map((r) => r.tick()));
  await Promise.all(replicas.map((r) => r.idle()));
  expect([...loads.values()].reduce((a, b) => a + b, 0)).toBe(ids.length);
  for (const id of ids) expect(steps(await read(id)).slice(3)).toEqual(["UPDATE_IN_PROGRESS", "READY"]);

  // The claim itself, raced by five claimers: one atomic UPDATE wins.
  await egp.db
    .update(deployments)
    .set({ status: "UPDATE_PENDING", claimToken: null, claimExpiresAt: null })
    .where(inArray(deployments.id, [ids[0]]));
  const now = new Date(1_000_000);
  const winners = await Promise.all(
    ["t1", "t2", "t3", "t4", "t5"].map((token) =>
      deploymentClaims.claim(egp.db, ids[0], token, now, new Date(now.getTime() + LEASE)),
    ),
  );
  expect(winners.filter(Boolean)).toHaveLength(1);
});

test("engine loads leave no abort listener behind on the runtime's long-lived signal", async () => {
  let fail = false;
  const { egp, deploy } = await setup(async (spec) => {
    if (fail) throw new Error("no engine today");
    return stubEngine(spec);
  });
  const id = await deploy("d");
  await egp.idle();
  const baseline = getEventListeners(egp.runtime.signal, "abort").length;
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  process.on("warning", onWarning);
  try {
    for (let i = 0; i < 12; i++) {
      fail = i % 2 === 1;
      await egp.runtime.release(id); // as after a restart: the next execute loads the engine
      const res = await callJson(egp, "POST", `/v4/models/${id}/embeddings`, { body: { texts: ["a"] } });
      expect(res.status).toBe(fail ? 503 : 200);
    }
    expect(getEventListeners(egp.runtime.signal, "abort")).toHaveLength(baseline);
    await new Promise((r) => setImmediate(r));
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  } finally {
    process.off("warning", onWarning);
  }
});

test("closing while a load is still reading its deployment stops that load instead of leaving it hanging", async () => {
  let never = false;
  const { egp, deploy } = await setup((spec) =>
    never ? new Promise<Engine>(() => undefined) : Promise.resolve(stubEngine(spec)),
  );
  const id = await deploy("d");
  await egp.idle();
  await egp.runtime.release(id);
  never = true;
  // The load is at its first query when close() aborts: the abort must still reach it.
  const loading = egp.runtime.engineFor(id);
  const closing = egp.runtime.close();
  await expect(loading).rejects.toThrow(/Shutting down/);
  await closing;
});
