import { delay, http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { UPSTREAM, callRoute, mockRemoteEgp } from "./harness";
import { clock } from "./virtual-clock";

// The routes build their transport from env; the virtual clock goes in where they wrap it.
vi.mock("@/lib/egp/transport", async (importOriginal) =>
  (await import("./virtual-clock")).onVirtualClock(await importOriginal()),
);

// Room for one backoff (~250 ms) inside the budget, for the reset-then-answer case.
const TIMEOUT_MS = 600;
const server = mockRemoteEgp({ timeoutMs: TIMEOUT_MS, maxRetries: 1 });

beforeEach(() => clock.reset());

function countCalls(resolver: () => Response | Promise<Response>) {
  const calls = { n: 0 };
  server.use(
    http.get(`${UPSTREAM}/v4/models`, () => {
      calls.n++;
      return resolver();
    }),
  );
  return calls;
}

const json = (text: string) => new HttpResponse(text, { headers: { "content-type": "application/json" } });

describe("network faults", () => {
  it("an upstream that never answers uses up the timeout once (no retry past it), then answers 504", async () => {
    const calls = countCalls(async () => {
      // The whole budget passes while the upstream holds the request.
      queueMicrotask(() => clock.advance(TIMEOUT_MS));
      await delay("infinite");
      return HttpResponse.json({});
    });
    const answer = await callRoute(listModels);
    expect(calls.n).toBe(1);
    expect(clock.now()).toBe(TIMEOUT_MS);
    expect(clock.sleeps).toEqual([]);
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({
      error: { code: "upstream_timeout", message: expect.stringMatching(/did not answer within/) },
    });
  });

  it("a connection reset is retried, then answers 503 upstream_unavailable", async () => {
    const calls = countCalls(() => HttpResponse.error());
    const answer = await callRoute(listModels);
    expect(calls.n).toBe(2);
    expect(clock.sleeps).toHaveLength(1);
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      error: { code: "upstream_unavailable", message: "The EGP API could not be reached" },
    });
  });

  it("a reset followed by a good answer succeeds", async () => {
    let n = 0;
    countCalls(() =>
      ++n === 1
        ? HttpResponse.error()
        : HttpResponse.json({ items: [], total_item_count: 0, current_page: 1, items_per_page: 25 }),
    );
    expect((await callRoute(listModels)).status).toBe(200);
  });

  it.each([
    ["malformed", "{items: nope}"],
    ["truncated", '{"items":[{"id":"model-1","name":"a'],
    ["HTML", "<html><body>Bad gateway</body></html>"],
  ])("a %s JSON body answers 502 with a readable message", async (_kind, text) => {
    countCalls(() => json(text));
    const answer = await callRoute(listModels);
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({
      error: {
        code: "bad_gateway",
        message: "Scale GP answered with an unexpected shape: a body that is not JSON (GET /v4/models)",
      },
    });
  });

  it("a malformed error body still maps the status", async () => {
    countCalls(
      () => new HttpResponse("<h1>Forbidden</h1>", { status: 403, headers: { "content-type": "text/html" } }),
    );
    const answer = await callRoute(listModels);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: "forbidden" } });
    expect(answer.text).not.toContain("<h1>");
  });

  it("a slow but complete answer within the timeout succeeds", async () => {
    countCalls(() => {
      clock.advance(TIMEOUT_MS - 1);
      return HttpResponse.json({ items: [], total_item_count: 0, current_page: 1, items_per_page: 25 });
    });
    expect((await callRoute(listModels)).status).toBe(200);
  });
});
