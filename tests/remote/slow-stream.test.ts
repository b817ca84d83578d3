import { http, passthrough } from "msw";
import { describe, expect, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { callRoute, loopbackEgp, mockRemoteEgp } from "./harness";

// msw does not tie a mocked body to the request's signal, so a real loopback server trickles here.
const TIMEOUT_MS = 300;
let calls = 0;

const { base } = loopbackEgp((request, response) => {
  calls++;
  response.writeHead(200, { "content-type": "application/json" });
  response.write('{"items":[');
  const timer = setInterval(() => response.write(" "), 50);
  request.on("close", () => clearInterval(timer));
});
const msw = mockRemoteEgp({ timeoutMs: TIMEOUT_MS, maxRetries: 1, url: base });

describe("slow streams", () => {
  it("a body that trickles past the timeout is cut off with a readable error instead of hanging", async () => {
    msw.use(http.all(`${base()}/*`, () => passthrough()));
    const started = performance.now();
    const answer = await callRoute(listModels);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({
      error: { code: "upstream_timeout", message: expect.stringMatching(/EGP API/) },
    });
  });
});
