import "server-only";
import type { z } from "zod";
import type { EgpClient } from "../egp/client";
import { egpClient } from "../egp/connection";
import { readSession, type SessionData } from "../session";
import { ApiError, zodIssuesToDetails } from "./errors";
import { noStore } from "./no-store";
import { checkOrigin } from "./origin";
import { toResponse } from "./respond";

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

export { checkOrigin };

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
      const session = await readSession(request);
      if (!session) throw new ApiError("unauthorized", "Sign in to continue.");
      const current = roleIn(session);
      if ((RANK[current] ?? 0) < RANK[role]) {
        throw new ApiError("forbidden", `This needs the ${role} role; you are ${current} in this account.`);
      }
      const params = (await args?.params) ?? ({} as P);
      const egp = egpClient(session.apiKey, session.accountId);
      return noStore(await handler({ request, params, session, role: current, egp }));
    } catch (error) {
      return toResponse(error);
    }
  };
}

/** Parses a JSON body with a zod schema; failures become 422 with field paths. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ApiError("bad_request", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError("unprocessable", "Some fields are not valid.", {
      details: zodIssuesToDetails(parsed.error.issues),
    });
  }
  return parsed.data;
}

/** Parses URL query parameters (single values) with a zod schema. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    throw new ApiError("unprocessable", "Some query parameters are not valid.", {
      details: zodIssuesToDetails(parsed.error.issues),
    });
  }
  return parsed.data;
}
