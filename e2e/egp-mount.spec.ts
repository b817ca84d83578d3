import { ADMIN_KEY, BASE_URL, expect, test } from "./fixtures";
import { createGgufTarget } from "./pages/playground";

// `npm start` answers /egp ahead of Next's router (scripts/server.mjs): what an SDK sees there must be
// what Next's route gave it, headers included.
test.describe("the /egp mount as SDKs reach it", () => {
  test("answers carry the security headers, no-store and FastAPI's error bodies", async ({ request }) => {
    const listed = await request.get("/egp/v4/models?limit=1", { headers: { "x-api-key": ADMIN_KEY } });
    expect(listed.status()).toBe(200);
    const refused = await request.get("/egp/v4/models?limit=1");
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ detail: expect.any(String) });
    for (const response of [listed, refused]) {
      const headers = response.headers();
      expect(headers["content-type"]).toContain("application/json");
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
    }
    // A path that only starts like the mount is a page (Next's 404), not the EGP server's.
    const page = await request.get("/egpx");
    expect(page.status()).toBe(404);
    expect(page.headers()["content-type"]).toContain("text/html");
  });

  test("a streamed completion arrives event by event", async ({ adminPage: page }) => {
    test.setTimeout(180_000);
    const target = await createGgufTarget(page.request, "COMPLETION");
    const response = await fetch(`${BASE_URL}/egp/v4/models/${target.deploymentId}/completions`, {
      method: "POST",
      headers: { "x-api-key": ADMIN_KEY, "content-type": "application/json" },
      body: JSON.stringify({ prompt: "hello world", max_tokens: 6, stream: true }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const reads: string[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) reads.push(read.value);
    const events = reads
      .join("")
      .split("\n\n")
      .filter((event) => event.startsWith("data:"));
    // One event per token and a last one with the finish reason: the answer was not buffered into one.
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    const last = JSON.parse(events.at(-1)!.slice("data:".length));
    expect(last.finish_reason ?? last.completion?.finish_reason).toBeTruthy();
  });
});
