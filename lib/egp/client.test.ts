import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collectPages, createEgpClient, unwrap } from "./client";
import { EgpError } from "./errors";
import { withResilience } from "./transport";

const BASE = "https://egp.test";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const page = (items: unknown[], current = 1) => ({
  items,
  total_item_count: items.length,
  current_page: current,
  items_per_page: 100,
});

function client(opts: { retries?: number; timeoutMs?: number } = {}) {
  return createEgpClient({
    baseUrl: BASE,
    apiKey: "key-123",
    accountId: "acc-1",
    transport: withResilience((r) => fetch(r), {
      timeoutMs: opts.timeoutMs ?? 2000,
      maxRetries: opts.retries ?? 2,
      sleep: async () => {},
    }),
  });
}

describe("EGP client", () => {
  it("sends the key and account headers and comma-joined arrays", async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${BASE}/v4/models`, ({ request }) => {
        seen = request;
        return HttpResponse.json(page([]));
      }),
    );
    await unwrap(client().GET("/v4/models", { params: { query: { view: ["Deployments", "ModelGroup"] } } }));
    expect(seen?.headers.get("x-api-key")).toBe("key-123");
    expect(seen?.headers.get("x-selected-account-id")).toBe("acc-1");
    expect(new URL(seen!.url).searchParams.get("view")).toBe("Deployments,ModelGroup");
  });

  it("turns a 404 into an EgpError with the upstream detail", async () => {
    server.use(
      http.get(`${BASE}/v4/models/:id`, () => HttpResponse.json({ detail: "No model m1" }, { status: 404 })),
    );
    const error = await unwrap(
      client().GET("/v4/models/{model_id}", { params: { path: { model_id: "m1" } } }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(EgpError);
    expect(error).toMatchObject({ status: 404, detail: "No model m1" });
  });

  it("retries a GET after a 503 and honours Retry-After", async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v4/model-groups`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.json({ detail: "busy" }, { status: 503, headers: { "retry-after": "1" } })
          : HttpResponse.json(page([]));
      }),
    );
    await unwrap(client().GET("/v4/model-groups", {}));
    expect(calls).toBe(2);
  });

  it("never retries a POST", async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/v4/model-groups`, () => {
        calls++;
        return HttpResponse.json({ detail: "down" }, { status: 502 });
      }),
    );
    const error = await unwrap(
      client().POST("/v4/model-groups", { body: { name: "g", account_id: "acc-1" } }),
    ).catch((e) => e);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ status: 502, detail: "down" });
  });

  it("gives up after the bounded retries with the last status", async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v4/model-groups`, () => {
        calls++;
        return HttpResponse.json({ detail: "slow down" }, { status: 429 });
      }),
    );
    const error = await unwrap(client({ retries: 2 }).GET("/v4/model-groups", {})).catch((e) => e);
    expect(calls).toBe(3);
    expect(error).toMatchObject({ status: 429 });
  });

  it("times out a hanging upstream with status 0", async () => {
    server.use(
      http.get(`${BASE}/v4/model-groups`, async () => {
        await delay(500);
        return HttpResponse.json(page([]));
      }),
    );
    const error = await unwrap(client({ retries: 0, timeoutMs: 50 }).GET("/v4/model-groups", {})).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(EgpError);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/did not answer/);
  });

  it("reports a malformed body as a bad gateway", async () => {
    server.use(
      http.get(
        `${BASE}/v4/model-groups`,
        () => new HttpResponse('{"items": [', { headers: { "content-type": "application/json" } }),
      ),
    );
    const error = await unwrap(client().GET("/v4/model-groups", {})).catch((e) => e);
    expect(error).toMatchObject({ status: 502, message: "The EGP API sent a malformed response" });
  });
});

describe("collectPages", () => {
  it("walks pages until a short page", async () => {
    const pages = [Array(3).fill(1), Array(3).fill(2), [3]];
    const requested: number[] = [];
    const items = await collectPages(async (n) => {
      requested.push(n);
      return { items: pages[n - 1] ?? [], total_item_count: 7, current_page: n, items_per_page: 3 };
    });
    expect(items).toHaveLength(7);
    expect(requested).toEqual([1, 2, 3]);
  });
});
