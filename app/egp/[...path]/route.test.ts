import { afterEach, expect, test, vi } from "vitest";
import { resetEnv } from "@/lib/env";

const getLocalEgp = vi.fn();
vi.mock("@/lib/local-egp", () => ({ getLocalEgp: () => getLocalEgp() }));

afterEach(() => {
  getLocalEgp.mockReset();
  resetEnv();
});

test("while the embedded server cannot start, /egp answers 503 with Retry-After, then serves once it can", async () => {
  delete process.env.EGP_API_URL;
  resetEnv();
  const { GET } = await import("./route");
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  getLocalEgp.mockRejectedValueOnce(new Error("The data dir /srv/egp is in use by process 7"));
  const refused = await GET(new Request("http://x/egp/user-info"));
  expect(refused.status).toBe(503);
  expect(refused.headers.get("retry-after")).toBe("2");
  // The cause (paths, pids) stays in the log.
  expect(await refused.json()).toEqual({ detail: "The embedded EGP server could not start; retry shortly." });

  getLocalEgp.mockResolvedValueOnce({ handle: async () => Response.json({ ok: true }) });
  const served = await GET(new Request("http://x/egp/user-info"));
  expect(served.status).toBe(200);
});
