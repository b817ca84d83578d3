/**
 * Runs in the PostgreSQL step of `npm test` (scripts/with-postgres.sh sets EGP_TEST_DATABASE_URL).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createTestDatabase } from "../testing/open-test-egp";
import { openDb, type OpenDb } from "./open";

const SERVER_URL = process.env.EGP_TEST_DATABASE_URL;

describe.skipIf(!SERVER_URL)("the PostgreSQL pool", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let opened: OpenDb;
  beforeAll(async () => {
    database = await createTestDatabase(SERVER_URL!);
    opened = await openDb({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await opened?.close();
    await database?.drop();
  });

  test("an idle connection the server ends is logged, not an uncaught error, and the next query works", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const uncaught = vi.fn();
    process.on("uncaughtException", uncaught);
    try {
      await opened.db.execute(sql`select 1`);
      const name = new URL(database.url).pathname.slice(1);
      const { Client } = await import("pg");
      const admin = new Client({ connectionString: SERVER_URL });
      await admin.connect();
      const ended = await admin.query(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1",
        [name],
      );
      await admin.end();
      // Every idle connection of the pool is told apart: wait until each one has been reported, or the
      // next query could still be handed one the pool has not yet heard is gone.
      const count = ended.rows.filter((row) => row.ended).length;
      expect(count).toBeGreaterThan(0);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(count));
      expect(String(warn.mock.calls[0]![0])).toMatch(/PostgreSQL connection was closed/);
      const answer = (await opened.db.execute(sql`select 2 as two`)) as unknown as { rows: unknown[] };
      expect(answer.rows[0]).toEqual({ two: 2 });
      expect(uncaught).not.toHaveBeenCalled();
    } finally {
      process.off("uncaughtException", uncaught);
      warn.mockRestore();
    }
  });
});
