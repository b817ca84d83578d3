import { http, passthrough } from "msw";
import { describe, expect, it } from "vitest";
import { POST as execute } from "@/app/api/playground/execute/route";
import { callRoute, loopbackEgp, mockRemoteEgp } from "./harness";

// A real loopback server (loopbackEgp): msw does not tie a mocked body to the request's signal.
const TIMEOUT_MS = 300;
const FRAMES = 8;
let stallHeaders = false;

const { base } = loopbackEgp((request, response) => {
  if (stallHeaders) return; // never answers
  response.writeHead(200, { "content-type": "text/event-stream" });
  let sent = 0;
  const timer = setInterval(() => {
    const frame = {
      completions: [[`token ${sent} `, []]],
      finish_reason: sent === FRAMES - 1 ? "stop" : null,
    };
    response.write(`data: ${JSON.stringify(frame)}\n\n`);
    if (++sent === FRAMES) {
      clearInterval(timer);
      response.end();
    }
  }, 100);
  request.on("close", () => clearInterval(timer));
});
const msw = mockRemoteEgp({ timeoutMs: TIMEOUT_MS, maxRetries: 0, url: base });

const streamRun = {
  modelId: "model-1",
  deploymentId: "deployment-1",
  modelType: "COMPLETION",
  request: { prompt: "Say something long", stream: true },
};

describe("streams in remote mode", () => {
  it("a completion stream longer than the request timeout is delivered whole once it has started", async () => {
    stallHeaders = false;
    msw.use(http.all(`${base()}/*`, () => passthrough()));
    const answer = await callRoute(execute, { method: "POST", body: streamRun });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/event-stream");
    expect(answer.text.match(/^data: /gm)).toHaveLength(FRAMES);
    expect(answer.text).toContain('"finish_reason":"stop"');
  });

  it("a stream that never starts still times out with a readable error", async () => {
    stallHeaders = true;
    msw.use(http.all(`${base()}/*`, () => passthrough()));
    const started = performance.now();
    const answer = await callRoute(execute, { method: "POST", body: streamRun });
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({ error: { code: "upstream_timeout" } });
  });
});
