import { ApiError } from "@/lib/api/errors";
import { parseBody, withSession } from "@/lib/api/with-session";
import { setSessionCookie } from "@/lib/auth/cookies";
import { summarize } from "@/lib/auth/sign-in";
import { switchAccountSchema } from "@/lib/schemas/session";

export const POST = withSession(async ({ request, session }) => {
  const { accountId } = await parseBody(request, switchAccountSchema);
  if (!session.accounts.some((account) => account.id === accountId)) {
    throw new ApiError("forbidden", "You have no access to that account.");
  }
  const next = { ...session, accountId };
  return setSessionCookie(Response.json(summarize(next)), request, next);
});
