import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { POST as createGroup } from "@/app/api/groups/route";
import { UPSTREAM, callRoute, mockRemoteEgp } from "./harness";
import { specGroup, specModel, specPage } from "./fixtures";
import { clock } from "./virtual-clock";

// The routes build their transport from env; the virtual clock goes in where they wrap it.
vi.mock("@/lib/egp/transport", async (importOriginal) =>
  (await import("./virtual-clock")).onVirtualClock(await importOriginal()),
);

// The timeout is the budget of a whole call, backoffs included: room here for the waits under test.
const server = mockRemoteEgp({ maxRetries: 2, timeoutMs: 5000 });

beforeEach(() => clock.reset());
afterEach(() => vi.restoreAllMocks());

/** Records when (on the virtual clock) each upstream call arrived, answering with the given sequence. */
function sequence(method: "get" | "post", path: string, answers: (() => Response)[]) {
  const times: number[] = [];
  server.use(
    http[method](`${UPSTREAM}${path}`, () => {
      times.push(clock.now());
      return answers[Math.min(times.length - 1, answers.length - 1)]();
    }),
  );
  return times;
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);
const ok = () => HttpResponse.json(specPage([specModel(1)]));

describe("retries: GETs with bounded backoff, POSTs never", () => {
  it("a GET recovers from two 503s with growing, bounded backoff", async () => {
    const busy = () => HttpResponse.json({ detail: "busy" }, { status: 503 });
    const times = sequence("get", "/v4/models", [busy, busy, ok]);
    // 250 ms base doubling, ±25 % jitter: the jitter's extremes and its middle
    const random = vi.spyOn(Math, "random").mockReturnValue(0);
    const answer = await callRoute(listModels);
    expect(answer.status).toBe(200);
    expect(times).toHaveLength(3);
    expect(gaps(times)).toEqual([187.5, 375]);
    random.mockReturnValue(0.5);
    clock.reset();
    const again = sequence("get", "/v4/models", [busy, busy, ok]);
    expect((await callRoute(listModels)).status).toBe(200);
    expect(gaps(again)).toEqual([250, 500]);
  });

  it("a POST is sent exactly once, whatever the failure", async () => {
    const times = sequence("post", "/v4/model-groups", [
      () => HttpResponse.json({ detail: "down" }, { status: 503 }),
    ]);
    const answer = await callRoute(createGroup, { method: "POST", body: { name: "g" } });
    expect(times).toHaveLength(1);
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ error: { code: "bad_gateway", message: "The EGP API failed: down" } });
  });

  it("a POST whose connection resets is not repeated", async () => {
    const times = sequence("post", "/v4/model-groups", [() => HttpResponse.error()]);
    const answer = await callRoute(createGroup, { method: "POST", body: { name: "g" } });
    expect(times).toHaveLength(1);
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ error: { code: "upstream_unavailable" } });
  });

  it("a POST that succeeds answers the upstream's group", async () => {
    sequence("post", "/v4/model-groups", [() => HttpResponse.json(specGroup("g"))]);
    const answer = await callRoute(createGroup, { method: "POST", body: { name: "g" } });
    expect(answer).toMatchObject({ status: 200, body: { id: "group-1", name: "g" } });
  });
});

describe("429 and Retry-After", () => {
  it("waits the Retry-After seconds before retrying a GET", async () => {
    const limited = () =>
      HttpResponse.json({ detail: "slow down" }, { status: 429, headers: { "retry-after": "1" } });
    const times = sequence("get", "/v4/models", [limited, ok]);
    const answer = await callRoute(listModels);
    expect(answer.status).toBe(200);
    expect(gaps(times)).toEqual([1000]);
  });

  it("accepts Retry-After as an HTTP date", async () => {
    // Only Date is frozen (on a whole second, as HTTP dates have no finer precision): no timer is faked.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2030, 0, 1, 12, 0, 0) });
    try {
      const limited = () =>
        HttpResponse.json(
          { detail: "slow down" },
          { status: 429, headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() } },
        );
      const times = sequence("get", "/v4/models", [limited, ok]);
      expect((await callRoute(listModels)).status).toBe(200);
      expect(gaps(times)).toEqual([2000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("without Retry-After it backs off by itself, then answers rate_limited", async () => {
    const times = sequence("get", "/v4/models", [
      () => HttpResponse.json({ detail: "quota" }, { status: 429 }),
    ]);
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const answer = await callRoute(listModels);
    expect(times).toHaveLength(3);
    expect(gaps(times)).toEqual([250, 500]);
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({
      error: { code: "rate_limited", message: "Too many requests to the EGP API: quota" },
    });
    expect(answer.headers.get("retry-after")).toBeNull();
  });

  it("a long Retry-After is passed on to the browser instead of holding the request", async () => {
    const times = sequence("get", "/v4/models", [
      () => HttpResponse.json({ detail: "quota" }, { status: 429, headers: { "retry-after": "120" } }),
    ]);
    const answer = await callRoute(listModels);
    expect(clock.sleeps).toEqual([]);
    expect(times).toHaveLength(1);
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ error: { code: "rate_limited", retryAfterMs: 60_000 } });
    expect(answer.headers.get("retry-after")).toBe("60");
  });

  it("a POST answered 429 is not retried and tells the browser when to come back", async () => {
    const times = sequence("post", "/v4/model-groups", [
      () => HttpResponse.json({ detail: "slow down" }, { status: 429, headers: { "retry-after": "3" } }),
    ]);
    const answer = await callRoute(createGroup, { method: "POST", body: { name: "g" } });
    expect(times).toHaveLength(1);
    expect(answer.body).toMatchObject({ error: { code: "rate_limited", retryAfterMs: 3000 } });
    expect(answer.headers.get("retry-after")).toBe("3");
  });
});
