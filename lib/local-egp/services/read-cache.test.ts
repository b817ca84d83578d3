/**
 * Kept pages of the models list: a write is seen on the next request, by the server that wrote and,
 * on PostgreSQL, by another server on the same database (a replica, as a second console would be).
 */
import { describe, expect, test } from "vitest";
import { createLocalEgp } from "../index";
import { dataVersion, dbKind } from "../db/open";
import {
  builtinDeployment,
  call,
  createTestDatabase,
  openTestEgp,
  templateId,
  TEST_ADMIN_KEY,
} from "../testing/open-test-egp";
import { playgroundRun } from "../testing/playground-run";

const SERVER_URL = process.env.EGP_TEST_DATABASE_URL;
type Server = { handle(request: Request): Promise<Response>; bootstrap: { accountId: string } };

async function send(egp: Server, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { "x-api-key": TEST_ADMIN_KEY };
  if (body) headers["content-type"] = "application/json";
  const request = new Request(`http://local${path}`, { method, headers, body: JSON.stringify(body) });
  const response = await egp.handle(request);
  expect(response.status).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response JSON
  return (await response.json()) as any;
}
const names = async (egp: Server) =>
  ((await send(egp, "GET", "/v4/models?limit=100")).items as { name: string }[]).map((m) => m.name).sort();
const create = async (egp: Server, name: string, body: object = {}): Promise<{ id: string }> =>
  send(egp, "POST", "/v4/models", {
    name,
    model_type: "COMPLETION",
    account_id: egp.bootstrap.accountId,
    ...body,
  });

describe("kept list pages", () => {
  test("a create, a rename and a delete show on the very next list", async () => {
    const egp = await openTestEgp();
    try {
      const before = await names(egp);
      expect(await names(egp)).toEqual(before);
      const model = await create(egp, "kept-1");
      expect(await names(egp)).toEqual([...before, "kept-1"].sort());
      await send(egp, "PATCH", `/v4/models/${model.id}`, { name: "kept-2" });
      expect(await names(egp)).toEqual([...before, "kept-2"].sort());
      // A kept page is shared: a v3 answer (which adds `status`) must not change it.
      await send(egp, "GET", "/v3/models?origin=");
      await send(egp, "DELETE", `/v4/models/${model.id}`);
      expect(await names(egp)).toEqual(before);
    } finally {
      await egp.close();
    }
  });

  test.skipIf(!SERVER_URL)("PostgreSQL: what one replica writes, the other lists at once", async () => {
    const db = await createTestDatabase(SERVER_URL!);
    const open = () =>
      createLocalEgp({ databaseUrl: db.url, adminKey: TEST_ADMIN_KEY, log: () => undefined });
    const a = await open();
    const b = await open();
    try {
      const before = await names(a);
      expect(await names(b)).toEqual(before);
      const model = await create(b, "replica-1");
      expect(await names(a)).toEqual([...before, "replica-1"].sort());
      await send(b, "PATCH", `/v4/models/${model.id}`, { name: "replica-2" });
      expect(await names(a)).toEqual([...before, "replica-2"].sort());
      await send(b, "DELETE", `/v4/models/${model.id}`);
      expect(await names(a)).toEqual(before);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });
});

describe("the append-only logs leave kept reads", () => {
  test("executions and saved runs keep the version; a deleted deployment is refused at the next execution", async () => {
    const egp = await openTestEgp();
    try {
      const hash = await builtinDeployment(egp, "hash-embedding");
      const execute = (target: { modelId: string; deploymentId: string }, body: object) =>
        call(egp, "POST", `/v4/models/${target.modelId}/deployments/${target.deploymentId}/execute`, {
          body,
        });
      const embed = (target: { modelId: string; deploymentId: string }) =>
        execute(target, { texts: ["kept"] });
      expect((await embed(hash)).status).toBe(200);
      const run = () =>
        playgroundRun({
          accountId: egp.bootstrap.accountId,
          userId: "kept-user",
          modelId: hash.modelId,
          deploymentId: hash.deploymentId,
        });
      // A user's first save prunes (a transaction, a write); the next ones are lone inserts.
      await egp.savePlaygroundRun(run());
      const version = await dataVersion(egp.db);
      // Each inserts a usage event or a run; on PGlite the kept target and list page stay. (Any
      // transaction moves PostgreSQL's version, where execution targets are read each time.)
      for (let i = 0; i < 3; i++) expect((await embed(hash)).status).toBe(200);
      await egp.savePlaygroundRun(run());
      if (dbKind(egp.db) === "pglite") expect(await dataVersion(egp.db)).toBe(version);
      else expect(await dataVersion(egp.db)).not.toBe(version);

      const model = await create(egp, "kept-target", {
        model_template_id: await templateId(egp, "Local GGUF completion"),
        model_creation_parameters: { MODEL_PATH: "/not/there.gguf" },
      });
      const dep = await send(egp, "POST", `/v4/models/${model.id}/deployments`, { name: "d" });
      await egp.idle();
      const target = { modelId: model.id, deploymentId: dep.id as string };
      // A GGUF file that is not there: the target is found (and kept), the engine fails.
      const complete = () => execute(target, { prompt: "kept" });
      expect((await complete()).status).not.toBe(404);
      await send(egp, "DELETE", `/v4/models/${model.id}/deployments/${dep.id}`);
      expect((await complete()).status).toBe(404);
    } finally {
      await egp.close();
    }
  });
});

describe("the console's sessions leave kept reads", () => {
  test("a sign-in, its touches and its end keep PGlite's version; a model's write still moves it", async () => {
    const egp = await openTestEgp();
    try {
      const before = await names(egp);
      const version = await dataVersion(egp.db);
      const now = Date.now();
      const session = {
        id: "kept-session-".padEnd(32, "x"),
        userId: egp.bootstrap.adminUserId,
        accountId: egp.bootstrap.accountId,
        keyFingerprint: "-",
        createdAt: now,
        expiresAt: now + 3600_000,
      };
      await egp.createConsoleSession(session);
      await egp.touchConsoleSession(session.id, now + 61_000);
      // The session check sees each write at once (session-access.ts drops its kept answers itself).
      expect((await egp.getConsoleSession(session.id))?.lastSeenAt).toBe(now + 61_000);
      await egp.endConsoleSession(session.id, now + 62_000, "signed-out");
      expect((await egp.sessionAccess(session.id, TEST_ADMIN_KEY, session.accountId)).record?.endedAt).toBe(
        now + 62_000,
      );
      if (dbKind(egp.db) === "pglite") expect(await dataVersion(egp.db)).toBe(version);
      expect(await names(egp)).toEqual(before);
      await create(egp, "kept-after-sessions");
      expect(await dataVersion(egp.db)).not.toBe(version);
      expect(await names(egp)).toEqual([...before, "kept-after-sessions"].sort());
    } finally {
      await egp.close();
    }
  });
});
