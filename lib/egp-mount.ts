import "server-only";
import { noStore } from "@/lib/api/no-store";
import { isRemoteMode } from "@/lib/env";
import { malformedPathResponse } from "@/lib/malformed-path";

/** What /egp answers: the embedded EGP server's answer to the request, or why there is none. */
export async function serveEgp(request: Request): Promise<Response> {
  if (isRemoteMode()) {
    return Response.json(
      { detail: "The embedded EGP server is off: this console uses a remote EGP API (EGP_API_URL)." },
      { status: 404 },
    );
  }
  const { getLocalEgp } = await import("@/lib/local-egp");
  let egp;
  try {
    egp = await getLocalEgp();
  } catch (error) {
    // A start that failed is retried on the next request (e.g. once a previous process freed the data dir).
    console.error(`local-egp: could not start: ${error instanceof Error ? error.message : String(error)}`);
    return noStore(
      Response.json(
        { detail: "The embedded EGP server could not start; retry shortly." },
        { status: 503, headers: { "retry-after": "2" } },
      ),
    );
  }
  // Answers are per API key (and the key rides in a header caches do not vary on).
  return noStore(await egp.handle(request));
}

/** Where the console's own server (scripts/server.mjs) finds the mount; the key is shared with it. */
const MOUNT_KEY = Symbol.for("egp-console.egp-mount");
type MountSlot = { [MOUNT_KEY]?: (request: Request) => Promise<Response> };

/**
 * Lets scripts/server.mjs answer /egp without Next's router: the SDKs' traffic needs no page, session or
 * proxy, and Next's per-request work cost more than the embedded server's own (bench/RESULTS.md). The
 * checks Next would make on the way still apply: a malformed path answers 400 (as proxy.ts does), and
 * the server adds the security headers next.config.mjs gives every other answer.
 */
export function publishEgpMount() {
  (globalThis as MountSlot)[MOUNT_KEY] = async (request) =>
    malformedPathResponse(request.url) ?? (await serveEgp(request));
}
