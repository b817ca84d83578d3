import "server-only";
import { consoleOrigin } from "../api/origin";
import { SESSION_COOKIE, sealSession, sessionCookieOptions, type SessionData } from "../session";

/** Secure when the console is served over HTTPS, by the same rule (and trust in proxies) as the Origin check. */
function isSecure(request: Request) {
  return consoleOrigin(request)?.startsWith("https:") ?? false;
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
