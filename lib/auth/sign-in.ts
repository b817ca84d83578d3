import "server-only";
import { unwrap } from "../egp/client";
import { consoleMode, egpClient } from "../egp/connection";
import { ApiError } from "../api/errors";
import { LEVELS, isUsableRole, levelOf } from "../roles";
import { newSession, type SessionData } from "../session";
import type { SessionSummary } from "../schemas/session";

/** Validates a key with GET /user-info and builds the session for its holder. */
export async function sessionForKey(apiKey: string): Promise<SessionData> {
  const info = await unwrap(egpClient(apiKey).GET("/user-info", {}));
  const accounts = (info.access_profiles ?? []).map((profile) => ({
    id: profile.account.id,
    name: profile.account.name,
    role: profile.role,
  }));
  // A disabled or invited role reads nothing: sign in to the first account the key can use.
  const home =
    accounts.find((a) => levelOf(a.role) === LEVELS.admin) ?? accounts.find((a) => isUsableRole(a.role));
  if (!home) {
    throw new ApiError("forbidden", "This key belongs to a user without access to any account.");
  }
  const name = [info.first_name, info.last_name].filter(Boolean).join(" ") || null;
  return newSession({
    apiKey,
    user: { id: info.id, email: info.email, name },
    accounts,
    accountId: home.id,
  });
}

export function summarize(session: SessionData): SessionSummary {
  return {
    mode: consoleMode(),
    user: session.user,
    accounts: session.accounts,
    accountId: session.accountId,
    expiresAt: session.expiresAt,
  };
}
