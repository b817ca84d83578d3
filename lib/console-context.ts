import "server-only";
import { cookies } from "next/headers";
import { consoleMode } from "./egp/connection";
import { SESSION_COOKIE, unsealSession } from "./session";

export type ConsoleMode = { kind: "local" } | { kind: "remote"; url: string };
export type AccountRole = "admin" | "member" | "viewer" | (string & {});
export type ConsoleAccount = { id: string; name: string; role: AccountRole };

/** What the console shell needs to render around every page. */
export type ConsoleContext = {
  mode: ConsoleMode;
  user: { id: string; email: string; name: string | null };
  accounts: ConsoleAccount[];
  currentAccountId: string;
};

/** The signed-in user's context, or null when nobody is signed in (or the cookie is expired or tampered). */
export async function getConsoleContext(): Promise<ConsoleContext | null> {
  const session = await unsealSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) return null;
  return {
    mode: consoleMode(),
    user: session.user,
    accounts: session.accounts,
    currentAccountId: session.accountId,
  };
}
