import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "../proxy";

const call = (path: string) => proxy(new NextRequest(`http://console.test${path}`));

describe("proxy: malformed percent-escapes", () => {
  it.each(["/egp/v4/models/%", "/egp/v4/models/%E0%A4%A"])("%s is FastAPI's 400", async (path) => {
    const res = call(path);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ detail: "Malformed percent-encoding in the path" });
  });

  it("/api answers 400 in the console's envelope", async () => {
    const res = call("/api/models/%zz");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "bad_request", message: "The path has a malformed percent-encoding." },
    });
  });

  it("a page path answers a plain 400", async () => {
    const res = call("/models/%E0%A4%A");
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/malformed percent-encoding/);
  });

  it("well-formed /api and /egp paths pass on without a CSP; pages still get one", () => {
    for (const path of ["/api/models/a%20b", "/egp/v4/models"]) {
      const res = call(path);
      expect(res.headers.get("x-middleware-next")).toBe("1");
      expect(res.headers.get("content-security-policy")).toBeNull();
    }
    expect(call("/models/%E0%A4%A4").headers.get("content-security-policy")).toContain("script-src");
  });
});
