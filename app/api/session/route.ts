import { ApiError } from "@/lib/api/errors";
import { noStore } from "@/lib/api/no-store";
import { toResponse } from "@/lib/api/respond";
import { checkOrigin, parseBody, withSession } from "@/lib/api/with-session";
import { clearSessionCookie, setSessionCookie } from "@/lib/auth/cookies";
import { beginSession, endSession } from "@/lib/auth/live-session";
import { sessionForKey, summarize } from "@/lib/auth/sign-in";
import { signInSchema } from "@/lib/schemas/session";
import { readSession } from "@/lib/session";

export const GET = withSession(async ({ session }) => Response.json(summarize(session)));

export async function POST(request: Request) {
  try {
    checkOrigin(request);
    const { apiKey } = await parseBody(request, signInSchema);
    const session = await sessionForKey(apiKey).catch((error) => {
      if (error instanceof ApiError || (error as { status?: number }).status !== 401) throw error;
      throw new ApiError("unauthorized", "That API key was not accepted. Check it and try again.");
    });
    await beginSession(session);
    return noStore(await setSessionCookie(Response.json(summarize(session)), request, session));
  } catch (error) {
    return toResponse(error);
  }
}

export async function DELETE(request: Request) {
  try {
    checkOrigin(request);
    // Ending the record is what signs out: a copy of the cookie kept elsewhere stops working too.
    const session = await readSession(request);
    if (session) await endSession(session, "signed-out");
    return noStore(clearSessionCookie(new Response(null, { status: 204 }), request));
  } catch (error) {
    return toResponse(error);
  }
}
