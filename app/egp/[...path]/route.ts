import { serveEgp } from "@/lib/egp-mount";

export const dynamic = "force-dynamic";

/**
 * Mounts the embedded EGP server on the console's origin, so SDKs can use http://host:port/egp as base
 * URL. `npm start` answers /egp ahead of Next (lib/egp-mount.ts); this route serves it under `next dev`
 * and `next start`, and in remote mode.
 */
const handle = (request: Request) => serveEgp(request);

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
