import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/open";
import { consoleSessions } from "../db/schema";
import { identityChanged } from "../auth/key-cache";

/** A console sign-in as it crosses threads: times in epoch milliseconds. */
export type ConsoleSessionRecord = {
  id: string;
  userId: string;
  accountId: string;
  keyFingerprint: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  endedAt: number | null;
  endReason: string | null;
};

export type NewConsoleSession = Omit<ConsoleSessionRecord, "lastSeenAt" | "endedAt" | "endReason">;

type Row = typeof consoleSessions.$inferSelect;

export const toRecord = (row: Row): ConsoleSessionRecord => ({
  ...row,
  createdAt: row.createdAt.getTime(),
  lastSeenAt: row.lastSeenAt.getTime(),
  expiresAt: row.expiresAt.getTime(),
  endedAt: row.endedAt?.getTime() ?? null,
});

/**
 * How long a record stays once it has ended or expired: its end reason can be read for this long, then
 * it goes (a cookie without a record is refused all the same, so nothing reopens).
 */
export const ENDED_SESSION_RETENTION_MS = 30 * 24 * 3600_000;

/**
 * Sign-ins are the clock of the purge: each one first drops the records that ended or expired more than
 * ENDED_SESSION_RETENTION_MS before it, so the table holds live sign-ins and a bounded tail.
 */
export async function createConsoleSession(db: Db, input: NewConsoleSession): Promise<void> {
  await purgeConsoleSessions(db, input.createdAt - ENDED_SESSION_RETENTION_MS);
  await db.insert(consoleSessions).values({
    ...input,
    createdAt: new Date(input.createdAt),
    lastSeenAt: new Date(input.createdAt),
    expiresAt: new Date(input.expiresAt),
  });
}

/** Deletes the records that ended or expired before `before`; the number deleted. */
export async function purgeConsoleSessions(db: Db, before: number): Promise<number> {
  const bound = new Date(before);
  const rows = await db
    .delete(consoleSessions)
    .where(or(lt(consoleSessions.endedAt, bound), lt(consoleSessions.expiresAt, bound)))
    .returning({ id: consoleSessions.id })
    .finally(identityChanged);
  return rows.length;
}

/** The per-request check: one primary-key read. */
export async function getConsoleSession(db: Db, id: string): Promise<ConsoleSessionRecord | null> {
  const rows = await db.select().from(consoleSessions).where(eq(consoleSessions.id, id)).limit(1);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Moves last_seen forward (never back) on a live session; the account follows a switch. */
export async function touchConsoleSession(db: Db, id: string, at: number, accountId?: string): Promise<void> {
  await db
    .update(consoleSessions)
    .set({
      lastSeenAt: sql`greatest(${consoleSessions.lastSeenAt}, ${new Date(at).toISOString()}::timestamptz)`,
      ...(accountId ? { accountId } : {}),
    })
    .where(and(eq(consoleSessions.id, id), isNull(consoleSessions.endedAt)))
    .finally(identityChanged);
}

/** Ends a live session; true when this call ended it (an ended one keeps its first reason). */
export async function endConsoleSession(db: Db, id: string, at: number, reason: string): Promise<boolean> {
  const rows = await db
    .update(consoleSessions)
    .set({ endedAt: new Date(at), endReason: reason })
    .where(and(eq(consoleSessions.id, id), isNull(consoleSessions.endedAt)))
    .returning({ id: consoleSessions.id })
    .finally(identityChanged);
  return rows.length > 0;
}

/** Ends every live session of a user (key revoked, user removed); the number ended. */
export async function endConsoleSessionsForUser(
  db: Db,
  userId: string,
  at: number,
  reason: string,
): Promise<number> {
  const rows = await db
    .update(consoleSessions)
    .set({ endedAt: new Date(at), endReason: reason })
    .where(and(eq(consoleSessions.userId, userId), isNull(consoleSessions.endedAt)))
    .returning({ id: consoleSessions.id })
    .finally(identityChanged);
  return rows.length;
}
