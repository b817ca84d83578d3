import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { GET } from "./route";

const getLocalEgp = vi.fn();
vi.mock("@/lib/local-egp", () => ({ getLocalEgp: () => getLocalEgp() }));

const perKey = {
  handle: async (request: Request) =>
    request.headers.get("x-api-key")
      ? Response.json({ items: [], total_item_count: 0 })
      : Response.json({ detail: "Not authenticated" }, { status: 401 }),
};

beforeEach(() => {
  delete process.env.EGP_API_URL;
  resetEnv();
});
afterEach(() => {
  getLocalEgp.mockReset();
  resetEnv();
});

describe("the /egp mount", () => {
  it("answers per key, so nothing it says may be cached", async () => {
    getLocalEgp.mockResolvedValue(perKey);
    const authed = await GET(
      new Request("http://console.test/egp/v4/models", { headers: { "x-api-key": "k" } }),
    );
    expect(authed.status).toBe(200);
    expect(authed.headers.get("cache-control")).toBe("no-store");
    const anonymous = await GET(new Request("http://console.test/egp/v4/models"));
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
  });

  it("while the embedded server cannot start, answers 503 with Retry-After, then serves once it can", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    getLocalEgp.mockRejectedValueOnce(new Error("The data dir /srv/egp is in use by process 7"));
    const refused = await GET(new Request("http://x/egp/user-info"));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("2");
    // The cause (paths, pids) stays in the log.
    expect(await refused.json()).toEqual({
      detail: "The embedded EGP server could not start; retry shortly.",
    });

    getLocalEgp.mockResolvedValueOnce({ handle: async () => Response.json({ ok: true }) });
    const served = await GET(new Request("http://x/egp/user-info"));
    expect(served.status).toBe(200);
  });
});
