import "server-only";
import { SESSION_COOKIE, sealSession, sessionCookieOptions, type SessionData } from "../session";

function isSecure(request: Request) {
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return proto === "https";
}

function serialize(name: string, value: string, options: ReturnType<typeof sessionCookieOptions>) {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`, `Max-Age=${options.maxAge}`];
  parts.push("HttpOnly", "SameSite=Lax");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export async function setSessionCookie(response: Response, request: Request, session: SessionData) {
  const options = sessionCookieOptions(isSecure(request));
  response.headers.append("set-cookie", serialize(SESSION_COOKIE, await sealSession(session), options));
  return response;
}

export function clearSessionCookie(response: Response, request: Request) {
  const options = { ...sessionCookieOptions(isSecure(request)), maxAge: 0 };
  response.headers.append("set-cookie", serialize(SESSION_COOKIE, "", options));
  return response;
}
