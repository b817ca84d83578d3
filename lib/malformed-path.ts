/**
 * A path whose percent-escapes do not decode ("%", "%zz", "%E0%A4%A") is the client's mistake; Next
 * would answer it with a plain-text 500. The proxy answers 400 instead, in each surface's own shape.
 */
export function malformedPathResponse(url: string): Response | null {
  const pathname = new URL(url).pathname;
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    if (/^\/egp(\/|$)/.test(pathname))
      return Response.json({ detail: "Malformed percent-encoding in the path" }, { status: 400 });
    if (/^\/api(\/|$)/.test(pathname))
      return Response.json(
        { error: { code: "bad_request", message: "The path has a malformed percent-encoding." } },
        { status: 400 },
      );
    return new Response("Bad request: the path has a malformed percent-encoding.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

/** /api and /egp answer JSON; they need no page nonce or CSP. */
export const isApiPath = (pathname: string) => /^\/(api|egp)(\/|$)/.test(pathname);
