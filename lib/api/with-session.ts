import "server-only";
import type { EgpClient } from "../egp/client";
import { egpClient } from "../egp/connection";
import { readSession, type SessionData } from "../session";
import { ApiError } from "./errors";
import { checkBodyHeaders } from "./request-body";
import { toResponse } from "./respond";

export { parseBody, parseQuery } from "./request-body";

export type Role = "viewer" | "member" | "admin";
const RANK: Record<string, number> = { viewer: 1, member: 2, editor: 2, manager: 3, admin: 3 };

export type SessionContext<P> = {
  request: Request;
  params: P;
  session: SessionData;
  role: string;
  egp: EgpClient;
};

type RouteArgs<P> = { params: Promise<P> };

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Rejects cross-site mutations: the Origin (or, failing that, Referer) must be this host. */
export function checkOrigin(request: Request) {
  if (!MUTATING.has(request.method)) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  let sourceHost: string | null = null;
  try {
    sourceHost = source ? new URL(source).host : null;
  } catch {
    sourceHost = null;
  }
  if (!host || !sourceHost || sourceHost !== host) {
    throw new ApiError("forbidden", "Cross-site requests are not allowed.");
  }
}

export function roleIn(session: SessionData): string {
  return session.accounts.find((a) => a.id === session.accountId)?.role ?? "viewer";
}

/**
 * The one wrapper for console API routes: session, Origin and role checks, then the handler,
 * with every thrown error answered as our envelope.
 */
export function withSession<P = Record<string, never>>(
  handler: (ctx: SessionContext<P>) => Promise<Response>,
  { role = "viewer" }: { role?: Role } = {},
) {
  return async (request: Request, args: RouteArgs<P>): Promise<Response> => {
    try {
      checkOrigin(request);
      checkBodyHeaders(request);
      const session = await readSession(request);
      if (!session) throw new ApiError("unauthorized", "Sign in to continue.");
      const current = roleIn(session);
      if ((RANK[current] ?? 0) < RANK[role]) {
        throw new ApiError("forbidden", `This needs the ${role} role; you are ${current} in this account.`);
      }
      const params = (await args?.params) ?? ({} as P);
      const egp = egpClient(session.apiKey, session.accountId);
      return await handler({ request, params, session, role: current, egp });
    } catch (error) {
      return toResponse(error);
    }
  };
}
