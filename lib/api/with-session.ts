import "server-only";
import type { EgpClient } from "../egp/client";
import { egpClient } from "../egp/connection";
import { checkSession, endSession } from "../auth/live-session";
import { clearSessionCookie } from "../auth/cookies";
import { readSession, type SessionData } from "../session";
import { ApiError } from "./errors";
import { noStore } from "./no-store";
import { checkOrigin } from "./origin";
import { checkBodyHeaders } from "./request-body";
import { toResponse } from "./respond";
import { can, isUsableRole, levelFor, type Action } from "../roles";

export { parseBody, parseQuery } from "./request-body";

export type SessionContext<P> = {
  request: Request;
  params: P;
  session: SessionData;
  role: string;
  egp: EgpClient;
};

type RouteArgs<P> = { params: Promise<P> };

export { checkOrigin, isUsableRole };

export const DISABLED_MESSAGE = "Your access to this account is disabled.";
export const NO_ACCESS_MESSAGE = "You have no access to this account.";
export const SIGNED_OUT_MESSAGE = "You were signed out. Sign in again to continue.";

/** 401 that also drops the dead cookie, so the browser knows it is signed out. */
function signedOut(request: Request, message: string) {
  return clearSessionCookie(toResponse(new ApiError("unauthorized", message)), request);
}

/**
 * The one wrapper for console API routes: session, Origin and the role check for `action` (lib/roles),
 * then the handler, with every thrown error answered as our envelope.
 */
export function withSession<P = Record<string, never>>(
  handler: (ctx: SessionContext<P>) => Promise<Response>,
  { action = "read" }: { action?: Action } = {},
) {
  return async (request: Request, args: RouteArgs<P>): Promise<Response> => {
    try {
      checkOrigin(request);
      checkBodyHeaders(request);
      const live = await checkSession(await readSession(request));
      if (!live.ok) {
        if (live.reason === "missing") throw new ApiError("unauthorized", "Sign in to continue.");
        return signedOut(request, SIGNED_OUT_MESSAGE);
      }
      const { session, role: current } = live;
      // No membership in the selected account reads nothing, as the EGP answers 403 for it.
      if (current === null) throw new ApiError("forbidden", NO_ACCESS_MESSAGE);
      if (!isUsableRole(current)) throw new ApiError("forbidden", DISABLED_MESSAGE);
      if (!can(current, action)) {
        const needed = levelFor(action);
        throw new ApiError("forbidden", `This needs the ${needed} role; you are ${current} in this account.`);
      }
      const params = (await args?.params) ?? ({} as P);
      // Made on first use: routes that call the EGP through egpRequest (the playground's) never need it.
      let egp: EgpClient | undefined;
      const context: SessionContext<P> = {
        request,
        params,
        session,
        role: current,
        get egp() {
          return (egp ??= egpClient(session.apiKey, session.accountId));
        },
      };
      const response = await handler(context).catch(toResponse);
      // The session check passed, so a 401 is the EGP refusing the key: the sign-in is over.
      if (response.status === 401) {
        await endSession(session, "upstream-401");
        // A copy: a passed-through upstream answer has immutable headers.
        return noStore(clearSessionCookie(new Response(response.body, response), request));
      }
      return noStore(response);
    } catch (error) {
      return toResponse(error);
    }
  };
}
