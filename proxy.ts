import { NextResponse, type NextRequest } from "next/server";
import { isApiPath, malformedPathResponse } from "./lib/malformed-path";
import { REQUESTED_PATH } from "./lib/requested-path";
import { contentSecurityPolicy } from "./lib/security-headers";

/** A fresh nonce per page request; Next applies it to its own scripts, and the layout hands it to next-themes. */
export function proxy(request: NextRequest) {
  const malformed = malformedPathResponse(request.url);
  if (malformed) return malformed;
  if (isApiPath(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Pages that find the session over send the reader to sign-in with this path as `next=`.
  headers.set(REQUESTED_PATH, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|egp|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Only for the malformed-escape check, so only paths with a "%": a proxy run costs an API request
    // ~0.6 ms of CPU (bench/README.md), and a path without an escape has nothing to decode.
    "/api/:rest(.*%.*)",
    "/egp/:rest(.*%.*)",
  ],
};
