import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { openDb } from "./open";

// A data dir written by the previous version (migrations up to 0003) opens with its runs intact.
const MIGRATIONS = path.join(process.cwd(), "lib/local-egp/db/migrations");
const dirs: string[] = [];
afterEach(async () => {
  delete process.env.EGP_MIGRATIONS_DIR;
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The migrations folder as it was up to (and with) `lastTag`. */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "egp-migrations-"));
  dirs.push(dir);
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalPath = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalPath, JSON.stringify(journal));
  return dir;
}

type Rows<T> = { rows: T[] };

describe("migration 0004: a run's output as json, stored out of line", () => {
  test("runs saved before it read back the same after it", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "egp-upgrade-"));
    dirs.push(dataDir);
    process.env.EGP_MIGRATIONS_DIR = await migrationsUpTo("0003_v5-models-fine-tuning-playground");
    const output = { embeddings: [["a", [0.25, -1, 3e-8]]], tokens_used: 2 };
    const before = await openDb({ dataDir });
    await before.db.execute(sql`insert into playground_runs (id, account_id, user_id, user_label, model_type,
      model_id, deployment_id, label, input, output, ok, latency_ms, summary, created_at)
      values ('r1', 'acc', 'u', 'u@example.com', 'EMBEDDING', 'm', 'd', 'l', '{"texts":["a"]}',
      ${JSON.stringify(output)}::jsonb, true, 1, 's', now()),
      ('r2', 'acc', 'u', 'u@example.com', 'EMBEDDING', 'm', 'd', 'l', '{}', null, false, 1, 's', now())`);
    await before.close();

    delete process.env.EGP_MIGRATIONS_DIR;
    const after = await openDb({ dataDir });
    try {
      const column = (await after.db.execute(sql`select format_type(atttypid, atttypmod) as type,
        attstorage as storage from pg_attribute
        where attrelid = 'playground_runs'::regclass and attname = 'output'`)) as unknown as Rows<{
        type: string;
        storage: string;
      }>;
      expect(column.rows).toEqual([{ type: "json", storage: "e" }]);
      const runs = (await after.db.execute(
        sql`select id, output from playground_runs order by id`,
      )) as unknown as Rows<{ id: string; output: unknown }>;
      expect(runs.rows).toEqual([
        { id: "r1", output },
        { id: "r2", output: null },
      ]);
    } finally {
      await after.close();
    }
  }, 60_000);
});
