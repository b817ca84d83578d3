import { beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { GET } from "./route";

vi.mock("@/lib/local-egp", () => ({
  getLocalEgp: async () => ({
    handle: async (request: Request) =>
      request.headers.get("x-api-key")
        ? Response.json({ items: [], total_item_count: 0 })
        : Response.json({ detail: "Not authenticated" }, { status: 401 }),
  }),
}));

beforeAll(() => {
  delete process.env.EGP_API_URL;
  resetEnv();
});

describe("the /egp mount", () => {
  it("answers per key, so nothing it says may be cached", async () => {
    const authed = await GET(
      new Request("http://console.test/egp/v4/models", { headers: { "x-api-key": "k" } }),
    );
    expect(authed.status).toBe(200);
    expect(authed.headers.get("cache-control")).toBe("no-store");
    const anonymous = await GET(new Request("http://console.test/egp/v4/models"));
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
  });
});
