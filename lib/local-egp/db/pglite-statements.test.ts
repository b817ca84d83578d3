/**
 * Named statements on PGlite: the same answers as PGlite's own `query`, never inside another caller's
 * transaction, errors as the database raised them, and a bounded number kept.
 */
import * as pglite from "@electric-sql/pglite";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { namedStatements } from "./pglite-statements";

// One database for the file (starting one takes seconds); each test gets a fresh table and no statements.
let pg: PGlite;
beforeAll(async () => {
  pg = new PGlite();
});
afterAll(() => pg.close());
beforeEach(async () => {
  await pg.exec(
    `deallocate all;
     drop table if exists t;
     create table t (id int primary key, name text, at timestamptz, tags text[], body jsonb);
     insert into t values (1, 'one', '2026-01-02T03:04:05Z', '{a,b}', '{"k": [1, 2]}'),
                          (2, null, null, null, null);`,
  );
});

const kept = async () =>
  (await pg.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements")).rows[0].n;

describe("named statements", () => {
  test("answer what PGlite's query answers, in both row modes and with every kind of parameter", async () => {
    const query = namedStatements(pg, pglite);
    const cases: [string, unknown[]][] = [
      ["select * from t order by id", []],
      ["select id, name from t where id = $1 and name = $2", [1, "one"]],
      ["select * from t where at < $1", [new Date("2027-01-01T00:00:00Z")]],
      ["select * from t where name is not distinct from $1", [null]],
      ["select * from t where tags && $1", [["b", "z"]]],
      ["select $1::jsonb -> 'k' as k", [{ k: [3] }]],
      ["select * from t where id = any($1)", [[1, 2]]],
    ];
    for (const [text, params] of cases) {
      for (const options of [undefined, { rowMode: "array" as const }]) {
        const mine = await query(text, params, options);
        const theirs = await pg.query(text, params, options);
        expect(mine.rows, text).toEqual(theirs.rows);
        expect(mine.fields, text).toEqual(theirs.fields);
        // Twice: the second call runs the statement the first parsed.
        expect((await query(text, params, options)).rows).toEqual(theirs.rows);
      }
    }
    expect(await kept()).toBe(cases.length);
  });

  test("writes return their rows and counts and are there for the next reader", async () => {
    const query = namedStatements(pg, pglite);
    const inserted = await query("insert into t (id, name) values ($1, $2) returning id, name", [3, "three"]);
    expect(inserted.rows).toEqual([{ id: 3, name: "three" }]);
    const updated = await query("update t set name = $1 where id > $2", ["many", 1]);
    expect(updated.affectedRows).toBe(2);
    expect((await pg.query("select name from t where id = 3")).rows).toEqual([{ name: "many" }]);
  });

  test("a read waits for another caller's open transaction instead of running inside it", async () => {
    const query = namedStatements(pg, pglite);
    let inTransaction!: () => void;
    const begun = new Promise<void>((resolve) => (inTransaction = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const transaction = pg.transaction(async (tx) => {
      await tx.query("insert into t (id, name) values (9, 'uncommitted')");
      inTransaction();
      await held;
      await tx.rollback();
    });
    await begun;
    const read = query<{ n: number }>("select count(*)::int as n from t where id = $1", [9]);
    let answered = false;
    void read.then(() => (answered = true));
    // Unheld, the read is answered within a few turns of the event loop (PGlite runs in this thread):
    // given many, it still waits while the transaction holds the database.
    for (let turn = 0; turn < 50 && !answered; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    finish();
    await transaction;
    expect((await read).rows).toEqual([{ n: 0 }]);
  });

  test("an error is the database's, with the query, and the client goes on", async () => {
    const query = namedStatements(pg, pglite);
    const failed = await query("select * from t where id = $1", ["not a number"]).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(pglite.messages.DatabaseError);
    expect(failed).toMatchObject({ code: "22P02", query: "select * from t where id = $1" });
    const duplicate = await query("insert into t (id) values ($1)", [1]).catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: "23505" });
    expect((await query("select id from t where id = $1", [1])).rows).toEqual([{ id: 1 }]);
    expect((await pg.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
  });

  test("a statement whose table changed shape is parsed again", async () => {
    const query = namedStatements(pg, pglite);
    expect(Object.keys((await query("select * from t where id = $1", [1])).rows[0] as object)).toHaveLength(
      5,
    );
    await pg.exec("alter table t add column extra int default 7");
    const again = await query<{ extra: number }>("select * from t where id = $1", [1]);
    expect(again.rows[0].extra).toBe(7);
    expect(await kept()).toBe(1);
  });

  test("keeps at most its bound, closing the least recently used", async () => {
    const query = namedStatements(pg, pglite, 2);
    await query("select 1 as a", []);
    await query("select 2 as b", []);
    await query("select 1 as a", []);
    await query("select 3 as c", []);
    expect(await kept()).toBe(2);
    const names = (await pg.query<{ statement: string }>("select statement from pg_prepared_statements")).rows
      .map((r) => r.statement)
      .sort();
    expect(names).toEqual(["select 1 as a", "select 3 as c"]);
    expect((await query<{ b: number }>("select 2 as b", [])).rows).toEqual([{ b: 2 }]);
  });
});
