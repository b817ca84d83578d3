import { ApiError } from "@/lib/api/errors";
import { DISABLED_MESSAGE, isUsableRole, parseBody, withSession } from "@/lib/api/with-session";
import { sessionClock } from "@/lib/auth/live-session";
import { getConsoleStore } from "@/lib/console-store";
import { setSessionCookie } from "@/lib/auth/cookies";
import { summarize } from "@/lib/auth/sign-in";
import { switchAccountSchema } from "@/lib/schemas/session";

export const POST = withSession(async ({ request, session }) => {
  const { accountId } = await parseBody(request, switchAccountSchema);
  const target = session.accounts.find((account) => account.id === accountId);
  if (!target) throw new ApiError("forbidden", "You have no access to that account.");
  if (!isUsableRole(target.role)) throw new ApiError("forbidden", DISABLED_MESSAGE);
  await (await getConsoleStore()).sessions.touch(session.sid, sessionClock.now(), accountId);
  const next = { ...session, accountId };
  return setSessionCookie(Response.json(summarize(next)), request, next);
});
