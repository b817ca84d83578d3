import { http, passthrough } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as execute } from "@/app/api/playground/execute/route";
import { callRoute, loopbackEgp, mockRemoteEgp } from "./harness";
import { clock } from "./virtual-clock";

// The timeout runs on the virtual clock; a real loopback server streams (msw does not tie a mocked
// body to the request's signal).
vi.mock("@/lib/egp/transport", async (importOriginal) =>
  (await import("./virtual-clock")).onVirtualClock(await importOriginal()),
);

const TIMEOUT_MS = 300;
const FRAMES = 8;
/** Virtual time between two frames: the whole stream lasts well past the timeout. */
const FRAME_MS = 100;
let stallHeaders = false;
let arrived: () => void = () => undefined;

const { base } = loopbackEgp((request, response) => {
  arrived();
  if (stallHeaders) return; // never answers
  response.writeHead(200, { "content-type": "text/event-stream" });
  response.flushHeaders();
  let sent = 0;
  const timer = setInterval(() => {
    if (clock.answered.count === 0) return; // the frames' time runs once the stream has started
    const frame = {
      completions: [[`token ${sent} `, []]],
      finish_reason: sent === FRAMES - 1 ? "stop" : null,
    };
    response.write(`data: ${JSON.stringify(frame)}\n\n`);
    clock.advance(FRAME_MS);
    if (++sent === FRAMES) {
      clearInterval(timer);
      response.end();
    }
  }, 5);
  request.on("close", () => clearInterval(timer));
});
const msw = mockRemoteEgp({ timeoutMs: TIMEOUT_MS, maxRetries: 0, url: base });

beforeEach(() => clock.reset());

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
    expect(clock.now()).toBe(FRAMES * FRAME_MS);
    expect(clock.now()).toBeGreaterThan(TIMEOUT_MS);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/event-stream");
    expect(answer.text.match(/^data: /gm)).toHaveLength(FRAMES);
    expect(answer.text).toContain('"finish_reason":"stop"');
  });

  it("a stream that never starts times out at the deadline with a readable error", async () => {
    stallHeaders = true;
    msw.use(http.all(`${base()}/*`, () => passthrough()));
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const pending = callRoute(execute, { method: "POST", body: streamRun });
    await reached;
    expect(clock.armedAt()).toEqual([TIMEOUT_MS]);
    clock.advance(TIMEOUT_MS);
    const answer = await pending;
    expect(clock.answered.count).toBe(0);
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({ error: { code: "upstream_timeout" } });
  });
});
