import { noStore } from "@/lib/api/no-store";
import { isRemoteMode } from "@/lib/env";
import { servedDirectlyUnder } from "@/lib/server/direct-routes";

export const dynamic = "force-dynamic";

/**
 * Mounts the embedded EGP server on the console's origin, so SDKs can use http://host:port/egp as base
 * URL. `npm start` calls it without Next's router once it has loaded (lib/server/direct-routes.ts).
 */
async function handle(request: Request): Promise<Response> {
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

servedDirectlyUnder("/egp", handle);

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
