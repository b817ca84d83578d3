import "server-only";
import { randomBytes } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { env } from "./env";
import { sessionSecret } from "./session-secret";

export const SESSION_COOKIE = "egp_session";
const MAX_ACCOUNTS = 30;

const sessionSchema = z.object({
  /** The server-side record's id (console_sessions): sign-out ends the record, and the seal with it. */
  sid: z.string().min(16).max(64),
  apiKey: z.string().min(1),
  user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
  accounts: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })).max(MAX_ACCOUNTS),
  accountId: z.string(),
  issuedAt: z.number(),
  expiresAt: z.number(),
});

/** What the sealed cookie holds. The API key never leaves the server: only this module unseals it. */
export type SessionData = z.infer<typeof sessionSchema>;

/**
 * The role sealed at sign-in for the selected account (remote mode's; local mode asks the server);
 * null when the user has no membership there, which reads nothing (as the EGP's 403 says).
 */
export function roleIn(session: SessionData): string | null {
  return session.accounts.find((a) => a.id === session.accountId)?.role ?? null;
}

/** At most MAX_ACCOUNTS, the selected one always among them (else its role would be lost). */
function keptAccounts(accounts: SessionData["accounts"], accountId: string): SessionData["accounts"] {
  const kept = accounts.slice(0, MAX_ACCOUNTS);
  const selected = accounts.find((a) => a.id === accountId);
  if (selected && !kept.includes(selected)) kept[MAX_ACCOUNTS - 1] = selected;
  return kept;
}

function ttlSeconds() {
  return Math.round(env().SESSION_TTL_HOURS * 3600);
}

/** Injectable for tests: when a session was issued, expires, goes idle and was last seen (live-session.ts). */
export const sessionClock = { now: () => Date.now() };

export function newSession(
  input: Omit<SessionData, "sid" | "issuedAt" | "expiresAt" | "accounts"> & {
    accounts: SessionData["accounts"];
  },
): SessionData {
  const now = sessionClock.now();
  return {
    sid: randomBytes(24).toString("base64url"),
    ...input,
    accounts: keptAccounts(input.accounts, input.accountId),
    issuedAt: now,
    expiresAt: now + ttlSeconds() * 1000,
  };
}

export async function sealSession(session: SessionData): Promise<string> {
  return sealData(session, { password: sessionSecret(), ttl: ttlSeconds() });
}

/**
 * Seals already opened by this process. A seal never changes, so its contents can be reused until the
 * session expires; this spares every API call two key derivations and a decryption (about a third of a
 * millisecond of a list route's time). Bounded, oldest first out; only well-formed, unexpired sessions enter.
 */
const opened = new Map<string, SessionData>();
const OPENED_MAX = 1000;

/** null for a missing, tampered, expired or malformed cookie. */
export async function unsealSession(seal: string | undefined | null): Promise<SessionData | null> {
  if (!seal) return null;
  const known = opened.get(seal);
  if (known) {
    if (known.expiresAt > sessionClock.now()) return known;
    opened.delete(seal);
    return null;
  }
  try {
    const data = await unsealData<unknown>(seal, { password: sessionSecret(), ttl: ttlSeconds() });
    const parsed = sessionSchema.safeParse(data);
    if (!parsed.success || parsed.data.expiresAt <= sessionClock.now()) return null;
    if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value!);
    opened.set(seal, Object.freeze(parsed.data));
    return parsed.data;
  } catch {
    return null;
  }
}

export function sessionCookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: ttlSeconds() - 60,
  };
}

/** Reads the session from a raw Cookie header (route handlers and tests). */
export async function readSession(request: Request): Promise<SessionData | null> {
  const header = request.headers.get("cookie") ?? "";
  const match = header
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  return unsealSession(match ? decodeURIComponent(match.slice(SESSION_COOKIE.length + 1)) : null);
}
