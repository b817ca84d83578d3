import { describe, expect, it } from "vitest";
import { withResilience } from "./transport";

/** A clock that only moves when the transport sleeps, so the budget is checked without waiting. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), advance: (ms: number) => (t += ms) };
}

const get = () => new Request("https://egp.test/v4/models");

describe("withResilience: EGP_TIMEOUT_MS bounds the whole call", () => {
  it("stops retrying 503s when the next backoff would end past the budget", async () => {
    const clock = fakeClock();
    let calls = 0;
    const send = withResilience(
      async () => {
        calls++;
        clock.advance(50);
        return new Response("{}", { status: 503 });
      },
      { timeoutMs: 1000, maxRetries: 10, baseDelayMs: 200, ...clock },
    );
    const response = await send(get());
    expect(response.status).toBe(503);
    // 50 + ~200 + 50 + ~400 + 50 = ~750 (jitter ±25%); a third backoff (~800) would pass 1000.
    expect(calls).toBe(3);
    expect(clock.now()).toBeLessThanOrEqual(1000);
  });

  it("does not wait out a Retry-After that ends past the budget; the caller gets it instead", async () => {
    const clock = fakeClock();
    let calls = 0;
    const send = withResilience(
      async () => {
        calls++;
        return new Response("{}", { status: 429, headers: { "retry-after": "5" } });
      },
      { timeoutMs: 3000, maxRetries: 2, ...clock },
    );
    const response = await send(get());
    expect([calls, response.status, response.headers.get("retry-after")]).toEqual([1, 429, "5"]);
    expect(clock.now()).toBe(0);
  });
  // A stalled attempt that uses up the budget is not retried: tests/remote/network-faults.test.ts.
});
