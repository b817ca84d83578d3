import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { specModel } from "@/tests/remote/fixtures";
import { API_KEY, UPSTREAM, callRoute, mockRemoteEgp, visible } from "@/tests/remote/harness";
import { POST as execute } from "./execute/route";
import { POST as byName } from "./by-name/route";
import { POST as rank } from "./rank/route";
import { POST as validate } from "./validate/route";

const server = mockRemoteEgp({ timeoutMs: 2_000, maxRetries: 0 });

function capture(method: "post", path: string, reply: () => Response) {
  const seen: { url?: string; key?: string | null; body?: unknown } = {};
  server.use(
    http[method](`${UPSTREAM}${path}`, async ({ request }) => {
      seen.url = new URL(request.url).pathname;
      seen.key = request.headers.get("x-api-key");
      seen.body = await request.json();
      return reply();
    }),
  );
  return seen;
}

describe("POST /api/playground/execute", () => {
  it("forwards an embedding request unchanged to the typed route and answers its JSON", async () => {
    const seen = capture("post", "/v4/models/:d/embeddings", () =>
      HttpResponse.json({ embeddings: [["a", [1, 0]]], tokens_used: 1 }),
    );
    const request = { texts: ["a"] };
    const answer = await callRoute(execute, {
      method: "POST",
      body: { modelId: "m-1", deploymentId: "d-1", modelType: "EMBEDDING", request },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ embeddings: [["a", [1, 0]]], tokens_used: 1 });
    expect(seen).toEqual({ url: "/v4/models/d-1/embeddings", key: API_KEY, body: request });
    expect(visible(answer)).not.toContain(API_KEY);
  });

  it("sends agents through the generic execute route of the model's deployment", async () => {
    const seen = capture("post", "/v4/models/:m/deployments/:d/execute", () =>
      HttpResponse.json({ action: "content", context: { content: "hi", tool_request: null } }),
    );
    const request = { instructions: "be nice", tools: [], messages: [{ role: "user", content: "hey" }] };
    const answer = await callRoute(execute, {
      method: "POST",
      body: { modelId: "m-1", deploymentId: "d-1", modelType: "AGENT", request },
    });
    expect(answer.status).toBe(200);
    expect(seen.url).toBe("/v4/models/m-1/deployments/d-1/execute");
    expect(seen.body).toEqual(request);
  });

  it("passes an upstream event stream through frame for frame", async () => {
    const frames =
      'data: {"completions":[["p",["Hel"]]]}\n\ndata: {"completions":[["p",["lo"]]],"finish_reason":"stop"}\n\n';
    capture(
      "post",
      "/v4/models/:d/chat-completions",
      () => new HttpResponse(frames, { headers: { "content-type": "text/event-stream" } }),
    );
    const answer = await callRoute(execute, {
      method: "POST",
      body: {
        modelId: "m",
        deploymentId: "d",
        modelType: "CHAT_COMPLETION",
        request: { chat_history: [], prompt: "p", stream: true },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/event-stream");
    expect(answer.text).toBe(frames);
  });

  it("rejects a request of the wrong shape for its model type without calling upstream", async () => {
    const answer = await callRoute(execute, {
      method: "POST",
      body: {
        modelId: "m",
        deploymentId: "d",
        modelType: "COMPLETION",
        request: { prompt: "x", temperature: 9 },
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      error: { code: "unprocessable", details: [{ path: ["request", "temperature"] }] },
    });
  });

  it("answers an upstream failure as our envelope with the upstream detail", async () => {
    capture("post", "/v4/models/:d/completions", () =>
      HttpResponse.json({ detail: 'Deployment "x" is UPDATE_FAILED, not READY' }, { status: 409 }),
    );
    const answer = await callRoute(execute, {
      method: "POST",
      body: { modelId: "m", deploymentId: "d", modelType: "COMPLETION", request: { prompt: "x" } },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      error: { code: "conflict", message: expect.stringContaining("UPDATE_FAILED, not READY") },
    });
  });
});

describe("POST /api/playground/rank", () => {
  it("ranks with the model strategy on the chosen deployment", async () => {
    const seen = capture("post", "/v4/chunks/rank", () =>
      HttpResponse.json({ relevant_chunks: [{ chunk_id: "1", text: "b", score: 0.9 }] }),
    );
    const answer = await callRoute(rank, {
      method: "POST",
      body: { deploymentId: "d-7", query: "q", chunks: ["a", "b"], top_k: 1 },
    });
    expect(answer.status).toBe(200);
    expect(seen.body).toEqual({
      query: "q",
      relevant_chunks: [
        { chunk_id: "0", text: "a", score: 0 },
        { chunk_id: "1", text: "b", score: 0 },
      ],
      rank_strategy: { method: "model", params: { model_deployment_id: "d-7" } },
      top_k: 1,
    });
  });
});

describe("POST /api/playground/validate", () => {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties: { prompt: { type: "string" }, temperature: { type: "number", maximum: 2 } },
    required: ["prompt"],
    additionalProperties: false,
  };

  it("checks the request against the model's own request_schema and names the bad fields", async () => {
    server.use(
      http.get(`${UPSTREAM}/v4/models/:id`, () =>
        HttpResponse.json({ ...specModel(1), request_schema: schema }),
      ),
    );
    const bad = await callRoute(validate, {
      method: "POST",
      body: { modelId: "model-1", request: { temperature: 5 } },
    });
    expect(bad.status).toBe(200);
    expect(bad.body).toEqual({
      ok: false,
      issues: expect.arrayContaining([
        { path: ["prompt"], message: "is required" },
        { path: ["temperature"], message: "must be at most 2" },
      ]),
    });
    const good = await callRoute(validate, {
      method: "POST",
      body: { modelId: "model-1", request: { prompt: "hi" } },
    });
    expect(good.body).toEqual({ ok: true });
  });

  it("skips (and lets the run go ahead) when the model publishes no schema", async () => {
    server.use(http.get(`${UPSTREAM}/v4/models/:id`, () => HttpResponse.json(specModel(2))));
    const answer = await callRoute(validate, {
      method: "POST",
      body: { modelId: "model-2", request: { x: 1 } },
    });
    expect(answer.body).toMatchObject({ ok: true, skipped: expect.stringContaining("no request schema") });
  });
});

describe("POST /api/playground/by-name", () => {
  it("posts a completion by name to /v4/completions unchanged and answers its JSON", async () => {
    const seen = capture("post", "/v4/completions", () =>
      HttpResponse.json({ completion: { text: "Hi", finish_reason: "stop" }, token_usage: { total: 3 } }),
    );
    const request = { model: "gpt-4o-mini", prompt: "Say hi", model_parameters: { temperature: 0.5 } };
    const answer = await callRoute(byName, { method: "POST", body: { route: "completions", request } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      completion: { text: "Hi", finish_reason: "stop" },
      token_usage: { total: 3 },
    });
    expect(seen).toEqual({ url: "/v4/completions", key: API_KEY, body: request });
  });

  it("streams a chat by name from /v4/chat-completions frame for frame", async () => {
    const frames =
      'data: {"chat_completion":{"message":{"role":"assistant","content":"Hel"}}}\n\n' +
      'data: {"chat_completion":{"message":{"role":"assistant","content":"lo"},"finish_reason":"stop"}}\n\n';
    const seen = capture(
      "post",
      "/v4/chat-completions",
      () => new HttpResponse(frames, { headers: { "content-type": "text/event-stream" } }),
    );
    const request = { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], stream: true };
    const answer = await callRoute(byName, { method: "POST", body: { route: "chat-completions", request } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/event-stream");
    expect(answer.text).toBe(frames);
    expect(seen.body).toEqual(request);
  });

  it("refuses the by-name temperature range (0..1) and a chat not ending with a user message", async () => {
    const hot = await callRoute(byName, {
      method: "POST",
      body: {
        route: "completions",
        request: { model: "m", prompt: "x", model_parameters: { temperature: 1.5 } },
      },
    });
    expect(hot.status).toBe(422);
    expect(JSON.stringify(hot.body)).toContain("between 0 and 1");
    const ended = await callRoute(byName, {
      method: "POST",
      body: {
        route: "chat-completions",
        request: { model: "m", messages: [{ role: "assistant", content: "x" }] },
      },
    });
    expect(ended.status).toBe(422);
    expect(JSON.stringify(ended.body)).toContain("end the conversation with a user message");
  });
});
