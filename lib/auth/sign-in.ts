import "server-only";
import { unwrap } from "../egp/client";
import { consoleMode, egpClient } from "../egp/connection";
import { ApiError } from "../api/errors";
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
  if (accounts.length === 0) {
    throw new ApiError("forbidden", "This key belongs to a user without access to any account.");
  }
  const name = [info.first_name, info.last_name].filter(Boolean).join(" ") || null;
  return newSession({
    apiKey,
    user: { id: info.id, email: info.email, name },
    accounts,
    accountId: (accounts.find((a) => a.role === "admin") ?? accounts[0]).id,
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
