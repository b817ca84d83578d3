import type { PGlite, QueryOptions, Results } from "@electric-sql/pglite";

type Pglite = typeof import("@electric-sql/pglite");
type Message = Parameters<Pglite["parse"]["parseResults"]>[0][number];

/** A statement parsed once under a name: its parameters' types and its rows' description. */
type Statement = { name: string; paramTypes: number[]; rowDescription: Message[] };

/** Named statements kept per client; the least recently used is closed past this. */
export const MAX_STATEMENTS = 200;

/** The statements that run as named ones: one DML statement each (DDL and transactions stay PGlite's). */
export const NAMED = /^\s*(select|insert|update|delete|with)\s/i;
const READS = /^\s*select\s/i;

/** "cached plan must not change result type": the statement outlived a change of a table it reads. */
const PLAN_CHANGED = "0A000";

/**
 * Reads through named statements. PGlite's `query` parses, describes and plans its text as the unnamed
 * statement on every call, in five protocol exchanges; a page of the models list spent more CPU on that
 * than on running (0.74 ms of 0.95, bench/README.md). Here a text is parsed once under a name and each
 * call is one exchange (bind, execute, sync): Postgres keeps the plan, generic once it is as cheap as a
 * custom one (its plan cache), and replans by itself when a table it reads changes shape.
 *
 * Runs under the same two locks `query` takes, in the same order: it waits for any open transaction
 * to end (so it never runs inside another caller's) and has the backend to itself while it runs.
 * Rows are parsed by PGlite's own `parseResults` with the client's parsers, so callers see what
 * `query` would have answered, errors included (the database's, with `query` and `params` set).
 */
export function namedStatements(
  client: PGlite,
  pglite: Pick<Pglite, "parse" | "protocol">,
  max = MAX_STATEMENTS,
) {
  const { serialize } = pglite.protocol;
  const statements = new Map<string, Statement>();
  let named = 0;
  const exchange = async (...messages: Uint8Array[]) => {
    const bytes = new Uint8Array(messages.reduce((n, m) => n + m.length, 0));
    let at = 0;
    for (const m of messages) {
      bytes.set(m, at);
      at += m.length;
    }
    return (await client.execProtocol(bytes, { syncToFs: false })).messages as Message[];
  };

  async function statementFor(text: string): Promise<Statement> {
    const kept = statements.get(text);
    if (kept) {
      // Most recently used last: a Map iterates in insertion order.
      statements.delete(text);
      statements.set(text, kept);
      return kept;
    }
    if (statements.size >= max) {
      const [oldText, oldest] = statements.entries().next().value!;
      statements.delete(oldText);
      await exchange(serialize.close({ type: "S", name: oldest.name }), serialize.sync());
    }
    const name = `egp_read_${++named}`;
    const described = await exchange(
      serialize.parse({ name, text }),
      serialize.describe({ type: "S", name }),
      serialize.sync(),
    );
    const params = described.find((m) => m.name === "parameterDescription") as
      { dataTypeIDs: number[] } | undefined;
    const statement = {
      name,
      paramTypes: params?.dataTypeIDs ?? [],
      rowDescription: described.filter((m) => m.name === "rowDescription"),
    };
    statements.set(text, statement);
    return statement;
  }

  // As PGlite's query serialises parameters: by the type the database gave each, null as NULL.
  const valuesOf = (statement: Statement, params: unknown[], options?: QueryOptions) =>
    params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[i];
      const serializer = options?.serializers?.[type] ?? client.serializers[type];
      return serializer ? serializer(value) : String(value);
    });

  async function run<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    const statement = await statementFor(text);
    const answered = await exchange(
      serialize.bind({ statement: statement.name, values: valuesOf(statement, params, options) }),
      serialize.execute({}),
      serialize.sync(),
    );
    // As `query` ends outside a transaction: what the statement wrote reaches the file system.
    if (!READS.test(text)) await client.syncToFs();
    return pglite.parse.parseResults(
      [...statement.rowDescription, ...answered] as never,
      client.parsers,
      options,
    )[0] as Results<T>;
  }

  return function query<T>(
    text: string,
    params: unknown[] = [],
    options?: QueryOptions,
  ): Promise<Results<T>> {
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        try {
          return await run<T>(text, params, options);
        } catch (error) {
          const stale = statements.get(text);
          if ((error as { code?: string }).code === PLAN_CHANGED && stale) {
            statements.delete(text);
            await exchange(serialize.close({ type: "S", name: stale.name }), serialize.sync());
            return run<T>(text, params, options);
          }
          throw Object.assign(error as object, { query: text, params, queryOptions: options });
        }
      }),
    );
  };
}
