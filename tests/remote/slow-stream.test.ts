import { http, passthrough } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { callRoute, loopbackEgp, mockRemoteEgp } from "./harness";
import { clock } from "./virtual-clock";

// The timeout runs on the virtual clock; msw does not tie a mocked body to the request's signal, so a
// real loopback server trickles here.
vi.mock("@/lib/egp/transport", async (importOriginal) =>
  (await import("./virtual-clock")).onVirtualClock(await importOriginal()),
);

const TIMEOUT_MS = 300;
/** Virtual time between two trickled bytes. */
const TRICKLE_MS = 50;
let calls = 0;
let trickled = 0;

const { base } = loopbackEgp((request, response) => {
  calls++;
  response.writeHead(200, { "content-type": "application/json" });
  response.write('{"items":[');
  // A byte now and then: time moves only once the console has the answer's headers, so what the
  // timeout cuts is the body, and it never moves past the deadline (the cut is exact).
  const timer = setInterval(() => {
    if (clock.answered.count === 0 || clock.now() >= TIMEOUT_MS) return;
    response.write(" ");
    trickled++;
    clock.advance(TRICKLE_MS);
  }, 5);
  request.on("close", () => clearInterval(timer));
});
const msw = mockRemoteEgp({ timeoutMs: TIMEOUT_MS, maxRetries: 1, url: base });

beforeEach(() => clock.reset());

describe("slow streams", () => {
  it("a body that trickles past the timeout is cut off at the deadline with a readable error", async () => {
    msw.use(http.all(`${base()}/*`, () => passthrough()));
    const answer = await callRoute(listModels);
    expect(clock.now()).toBe(TIMEOUT_MS);
    expect(trickled).toBe(TIMEOUT_MS / TRICKLE_MS);
    // Its headers had come: the answer is not retried, the cut body is the timeout.
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({
      error: { code: "upstream_timeout", message: expect.stringMatching(/EGP API/) },
    });
  });
});
