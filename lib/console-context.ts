import "server-only";

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

/**
 * The signed-in user's context, or null when nobody is signed in.
 * Placeholder until sessions land: a fixed local admin.
 */
export async function getConsoleContext(): Promise<ConsoleContext | null> {
  return {
    mode: { kind: "local" },
    user: { id: "local-admin", email: "admin@local", name: "Local admin" },
    accounts: [{ id: "local", name: "Local", role: "admin" }],
    currentAccountId: "local",
  };
}
