import "server-only";
import { and, eq, inArray, isNotNull, isNull, like, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "../db/open";

/** A table whose rows are jobs run under a claim: a token and the lease it holds until. */
type Leased = PgTable & { id: PgColumn; status: PgColumn; claimToken: PgColumn; claimExpiresAt: PgColumn };

/** A job nobody holds now, with its previous holder (null: never claimed). */
export type ClaimableJob = { id: string; status: string; claimToken: string | null };

/**
 * The claim and lease of the rows of `t` while their status is one of `open` (deployment jobs and
 * fine-tuning jobs): each console takes a job only when its claim is empty or expired, renews its own
 * claims (tokens `replica.n`), and gives them back on shutdown.
 */
export function jobClaims<T extends Leased>(t: T, open: readonly string[], order?: SQL | PgColumn) {
  const free = (now: Date) => or(isNull(t.claimToken), lt(t.claimExpiresAt, now));
  // safe because every Leased table has these two columns: drizzle's mapped types cannot see that for a generic T
  const set = (
    value: { claimToken: string | null; claimExpiresAt: Date | null } | { claimExpiresAt: Date },
  ) => value as PgUpdateSetSource<T>;
  const ofReplica = (replica: string) => like(t.claimToken, `${replica}.%`);
  return {
    /**
     * Takes the job when nobody holds it or its holder's lease ran out. One atomic UPDATE: on PostgreSQL a
     * concurrent claimer waits for the row lock, re-reads the row and finds it taken, so two consoles never
     * both win. Answers whether this call took it.
     */
    async claim(db: Db, id: string, token: string, now: Date, expiresAt: Date): Promise<boolean> {
      const rows = await db
        .update(t)
        .set(set({ claimToken: token, claimExpiresAt: expiresAt }))
        .where(and(eq(t.id, id), inArray(t.status, [...open]), free(now)))
        .returning({ id: t.id });
      return rows.length > 0;
    },
    /** Open jobs that anyone may take now. */
    async claimable(db: Db, now: Date): Promise<ClaimableJob[]> {
      const query = db
        .select({ id: t.id, status: t.status, claimToken: t.claimToken })
        // safe because T is a PgTable (the same reason as `set`)
        .from(t as PgTable)
        .where(and(inArray(t.status, [...open]), free(now)));
      // safe because id, status and claim_token are text columns in both tables
      return (await (order ? query.orderBy(order) : query)) as ClaimableJob[];
    },
    /** The heartbeat: every claim of `replica` is extended to `expiresAt`. */
    async renew(db: Db, replica: string, expiresAt: Date): Promise<void> {
      await db
        .update(t)
        .set(set({ claimExpiresAt: expiresAt }))
        .where(ofReplica(replica));
    },
    /** Gives up claims: one replica's on shutdown, or every claim when this process is the only one. */
    async release(db: Db, replica?: string): Promise<void> {
      await db
        .update(t)
        .set(set({ claimToken: null, claimExpiresAt: null }))
        .where(replica ? ofReplica(replica) : isNotNull(t.claimToken));
    },
  };
}

export type JobClaims = ReturnType<typeof jobClaims>;
