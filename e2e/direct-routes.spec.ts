import type { APIResponse } from "@playwright/test";
import { ADMIN_KEY, BASE_URL, egpApi, expect, test } from "./fixtures";
import { createGgufTarget } from "./pages/playground";

// `npm start` calls the hot routes (/egp, the playground's execute, the models list) without Next's
// router once they have loaded (scripts/server.mjs): what a client sees there must be what Next's route
// gave it, checks and headers included. Each test asks once first, so the route's module has loaded.
function expectConsoleHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["content-type"]).toContain("application/json");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
}

test.describe("the /egp mount as SDKs reach it", () => {
  test("answers carry the security headers, no-store and FastAPI's error bodies", async ({ request }) => {
    await request.get("/egp/v4/models?limit=1", { headers: { "x-api-key": ADMIN_KEY } });
    const listed = await request.get("/egp/v4/models?limit=1", { headers: { "x-api-key": ADMIN_KEY } });
    expect(listed.status()).toBe(200);
    const refused = await request.get("/egp/v4/models?limit=1");
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ detail: expect.any(String) });
    for (const response of [listed, refused]) expectConsoleHeaders(response);
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

test.describe("the console's hot routes", () => {
  test("the models list checks the session and answers as every console route does", async ({
    adminPage: page,
    request,
  }) => {
    await page.request.get("/api/models?limit=10");
    const listed = await page.request.get("/api/models?limit=10&model_type=EMBEDDING");
    expect(listed.status()).toBe(200);
    const body = await listed.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((m: { model_type: string }) => m.model_type === "EMBEDDING")).toBe(true);
    const anonymous = await request.get("/api/models?limit=10");
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthorized");
    const invalid = await page.request.get("/api/models?limit=-4");
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error.code).toBe("unprocessable");
    for (const response of [listed, anonymous, invalid]) expectConsoleHeaders(response);
  });

  test("the playground's execute checks the Origin and the session, and saves the run", async ({
    adminPage: page,
    request,
  }) => {
    const models = await (await egpApi(request).get("/v4/models?limit=100&view=Deployments")).json();
    const model = models.items.find((m: { name: string }) => m.name === "hash-embedding");
    const run = {
      modelId: model.id,
      deploymentId: model.deployments[0].id,
      modelType: "EMBEDDING",
      request: { texts: ["served without the router"] },
    };
    const execute = (origin: string, api = page.request) =>
      api.post("/api/playground/execute", { data: run, headers: { origin } });
    expect((await execute(BASE_URL)).status()).toBe(200);
    const answered = await execute(BASE_URL);
    expect(answered.status()).toBe(200);
    expect((await answered.json()).embeddings[0][1]).toHaveLength(512);
    const runId = answered.headers()["x-playground-run-id"];
    const saved = await page.request.get(`/api/playground/runs/${runId}`);
    expect(saved.status()).toBe(200);
    expect((await saved.json()).summary).toContain("1 vector");
    const forged = await execute("https://attacker.example");
    expect(forged.status()).toBe(403);
    const anonymous = await execute(BASE_URL, request);
    expect(anonymous.status()).toBe(401);
    for (const response of [answered, forged, anonymous]) expectConsoleHeaders(response);
  });
});
