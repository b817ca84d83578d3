import "server-only";
import { createHash } from "node:crypto";
import { getConsoleStore } from "../console-store";
import { env, isRemoteMode } from "../env";
import { roleIn, sessionClock, type SessionData } from "../session";

export { sessionClock };

/** last_seen is written at most this often: the hot path stays one primary-key read. */
export const TOUCH_EVERY_MS = 60_000;

/** role: the caller's role in the selected account now; null when they have none there (no membership). */
export type LiveSession = { ok: true; session: SessionData; role: string | null };
/** missing: no cookie at all; ended: a cookie whose session is over (signed out, idle, revoked, expired). */
export type DeadSession = { ok: false; reason: "missing" | "ended" };

export const keyFingerprint = (apiKey: string) => createHash("sha256").update(apiKey).digest("hex");

/** Records a new sign-in; call before its cookie is set. */
export async function beginSession(session: SessionData): Promise<void> {
  const now = sessionClock.now();
  await (
    await getConsoleStore()
  ).sessions.create({
    id: session.sid,
    userId: session.user.id,
    accountId: session.accountId,
    keyFingerprint: keyFingerprint(session.apiKey),
    createdAt: now,
    expiresAt: session.expiresAt,
  });
}

export async function endSession(session: SessionData, reason: string): Promise<void> {
  await (await getConsoleStore()).sessions.end(session.sid, sessionClock.now(), reason);
}

/**
 * The session's record and, in local mode, whether its key still authenticates and the role it has now:
 * one call to the embedded server's thread for both. Remote mode has only the record to read.
 */
async function recordAndAccess(session: SessionData) {
  if (isRemoteMode()) {
    const record = await (await getConsoleStore()).sessions.get(session.sid);
    return { record, access: undefined };
  }
  const { getLocalEgp } = await import("../local-egp");
  return (await getLocalEgp()).sessionAccess(session.sid, session.apiKey, session.accountId);
}

/**
 * The per-request check behind every console route and page: the record exists and is not ended,
 * neither expired nor idle, and (local mode) the key still authenticates with a profile in the account.
 * Remote mode learns of a dead key from the upstream's 401 instead (see withSession).
 */
export async function checkSession(session: SessionData | null): Promise<LiveSession | DeadSession> {
  if (!session) return { ok: false, reason: "missing" };
  const now = sessionClock.now();
  const { record, access } = await recordAndAccess(session);
  // Only an ending or a touch writes: the hot path asks nothing more of the store.
  const store = async () => (await getConsoleStore()).sessions;
  const dead = { ok: false, reason: "ended" } as const;
  if (!record || record.endedAt !== null) return dead;
  if (record.userId !== session.user.id || record.keyFingerprint !== keyFingerprint(session.apiKey)) {
    return dead;
  }
  const endAs = async (reason: string) => (await (await store()).end(session.sid, now, reason), dead);
  if (now >= record.expiresAt) return endAs("expired");
  const idleMs = env().SESSION_IDLE_MINUTES * 60_000;
  if (now - record.lastSeenAt >= idleMs) return endAs("idle");
  if (access === null || (access && access.userId !== session.user.id)) return endAs("key-revoked");
  if (access && !access.anyProfile) {
    await (await store()).endForUser(session.user.id, now, "user-removed");
    return dead;
  }
  if (access && access.role === null) return endAs("account-removed");
  // A short idle limit (under two minutes) needs last_seen written more often than once a minute.
  const touchEvery = Math.min(TOUCH_EVERY_MS, idleMs / 2);
  if (now - record.lastSeenAt >= touchEvery) await (await store()).touch(session.sid, now);
  return { ok: true, session, role: access?.role ?? roleIn(session) };
}
