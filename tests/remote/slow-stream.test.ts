import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { http, passthrough } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { callRoute, mockRemoteEgp } from "./harness";

// msw does not tie a mocked body to the request's signal, so a real loopback server trickles here.
const TIMEOUT_MS = 300;
let server: Server;
let calls = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    calls++;
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"items":[');
    const timer = setInterval(() => response.write(" "), 50);
    request.on("close", () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
