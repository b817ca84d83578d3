import { parseQuery, withSession } from "@/lib/api/with-session";
import { getConsoleStore } from "@/lib/console-store";
import { runListQuerySchema } from "@/lib/schemas/playground-runs";

/** The signed-in user's runs in this account, or everyone's in it; searched on the server. */
export const GET = withSession(async ({ request, session }) => {
  const { scope, q, before } = parseQuery(request, runListQuerySchema);
  const items = await (
    await getConsoleStore()
  ).runs.list({
    accountId: session.accountId,
    userId: scope === "mine" ? session.user.id : undefined,
    q,
    before,
  });
  return Response.json({ items });
});
