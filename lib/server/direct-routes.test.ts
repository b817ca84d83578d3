import { afterEach, describe, expect, it, vi } from "vitest";
import type { DirectRoutes } from "./direct-routes";

const KEY = Symbol.for("egp-console.direct-routes");
const routes = () => (globalThis as { [KEY]?: DirectRoutes })[KEY]!;
const load = () => import("./direct-routes");

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
  vi.resetModules();
});

// scripts/server.mjs finds handlers under the shared key and calls them without Next's router.
describe("routes served directly", () => {
  it("finds a fixed route by method and exact path only, and hands Next the handler unchanged", async () => {
    const { servedDirectly } = await load();
    const handler = vi.fn(async () => Response.json({ ok: true }));
    expect(servedDirectly("GET", "/api/models", handler)).toBe(handler);
    const found = routes().find("GET", "/api/models")!;
    expect(await (await found(new Request("http://console.test/api/models?limit=1"))).json()).toEqual({
      ok: true,
    });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(routes().find("POST", "/api/models")).toBeUndefined();
    expect(routes().find("GET", "/api/models/abc")).toBeUndefined();
    expect(routes().find("GET", "/api/models/")).toBeUndefined();
  });

  it("finds every method and path under a prefix, and nothing that only starts like it", async () => {
    const { servedDirectlyUnder } = await load();
    servedDirectlyUnder("/egp", async (request) => Response.json({ path: new URL(request.url).pathname }));
    for (const [method, path] of [
      ["GET", "/egp"],
      ["DELETE", "/egp/v4/models/m1"],
      ["PATCH", "/egp/v4/model-groups/g"],
    ])
      expect(routes().find(method, path), `${method} ${path}`).toBeDefined();
    expect(routes().find("GET", "/egpx")).toBeUndefined();
    expect(routes().find("GET", "/api/egp")).toBeUndefined();
  });

  it("answers a malformed path 400 in the surface's shape without calling the handler, as proxy.ts does", async () => {
    const { servedDirectlyUnder } = await load();
    const handler = vi.fn(async () => Response.json({}));
    servedDirectlyUnder("/egp", handler);
    const refused = await routes().find("GET", "/egp/v4/models/%E0%A4%A")!(
      new Request("http://console.test/egp/v4/models/%E0%A4%A"),
    );
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ detail: "Malformed percent-encoding in the path" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("keeps one table for every instance of the module (each route's bundle may load its own)", async () => {
    (await load()).servedDirectly("GET", "/api/models", async () => new Response("list"));
    vi.resetModules();
    (await load()).servedDirectly("POST", "/api/playground/execute", async () => new Response("run"));
    expect(routes().find("GET", "/api/models")).toBeDefined();
    expect(routes().find("POST", "/api/playground/execute")).toBeDefined();
  });
});
