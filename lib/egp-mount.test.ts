import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { publishEgpMount } from "./egp-mount";

const getLocalEgp = vi.fn();
vi.mock("@/lib/local-egp", () => ({ getLocalEgp: () => getLocalEgp() }));

const MOUNT_KEY = Symbol.for("egp-console.egp-mount");
const mount = () => (globalThis as Record<symbol, (r: Request) => Promise<Response>>)[MOUNT_KEY];

beforeEach(() => {
  delete process.env.EGP_API_URL;
  resetEnv();
});
afterEach(() => {
  getLocalEgp.mockReset();
  delete (globalThis as Record<symbol, unknown>)[MOUNT_KEY];
  resetEnv();
});

// scripts/server.mjs serves /egp through what this publishes, without Next's router or proxy.ts.
describe("the published /egp mount", () => {
  it("is what the server finds under the shared key, and answers as the route does", async () => {
    expect(mount()).toBeUndefined();
    publishEgpMount();
    const handle = vi.fn(async (request: Request) => Response.json({ path: new URL(request.url).pathname }));
    getLocalEgp.mockResolvedValue({ handle });
    const served = await mount()(new Request("http://console.test/egp/v4/models?limit=1"));
    expect(await served.json()).toEqual({ path: "/egp/v4/models" });
    expect(served.headers.get("cache-control")).toBe("no-store");
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("answers a malformed path 400 in FastAPI's shape, as proxy.ts does ahead of Next's route", async () => {
    publishEgpMount();
    const refused = await mount()(new Request("http://console.test/egp/v4/models/%E0%A4%A"));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ detail: "Malformed percent-encoding in the path" });
    expect(getLocalEgp).not.toHaveBeenCalled();
  });
});
