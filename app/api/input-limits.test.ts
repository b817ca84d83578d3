import { describe, expect, it } from "vitest";
import { BODY_LIMITS } from "@/lib/limits";
import { signIn as signedIn } from "@/tests/console/session-harness";
import { CONSOLE, mockRemoteEgp } from "@/tests/remote/harness";
import { POST as createGroup } from "./groups/route";
import { DELETE as deleteModel } from "./models/[id]/route";
import { POST as createDeployment } from "./models/[id]/deployments/route";
import { POST as execute } from "./playground/execute/route";
import { POST as signIn } from "./session/route";

// Every case here is refused before the upstream is called; msw fails the test if one is not.
mockRemoteEgp({ timeoutMs: 2_000, maxRetries: 0 });

async function send<P>(
  handler: (request: Request, args: { params: Promise<P> }) => Promise<Response>,
  {
    method = "POST",
    body,
    contentType = "application/json",
    params = {} as P,
  }: { method?: string; body?: BodyInit; contentType?: string | null; params?: P },
) {
  const { cookie } = await signedIn({
    apiKey: "sk-limits",
    user: { id: "u1", email: "m@example.com", name: null },
    accounts: [{ id: "acc-1", name: "Acc", role: "admin" }],
    accountId: "acc-1",
  });
  const headers = new Headers({ host: "console.test", origin: CONSOLE, cookie });
  if (contentType) headers.set("content-type", contentType);
  const response = await handler(new Request(`${CONSOLE}/api/x`, { method, headers, body }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: (await response.json()) as { error: Record<string, unknown> } };
}

describe("console /api request bodies", () => {
  it("malformed JSON is a 422 in our envelope", async () => {
    const res = await send(createGroup, { body: '{"name": }' });
    expect(res).toEqual({
      status: 422,
      body: {
        error: {
          code: "unprocessable",
          message: "The request body is not valid JSON (error at character 9).",
        },
      },
    });
  });

  it("only application/json is accepted: 415 for another type or none, also on sign-in", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", null]) {
      const res = await send(createGroup, { body: new Blob(['{"name":"g"}']), contentType });
      expect(res.status, String(contentType)).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
    }
    expect((await send(signIn, { body: "apiKey=x", contentType: "text/plain" })).status).toBe(415);
  });

  it("a DELETE carrying a non-JSON body is a 415 before anything runs", async () => {
    const res = await send(deleteModel, {
      method: "DELETE",
      body: "x",
      contentType: "text/plain",
      params: { id: "m" },
    });
    expect(res.status).toBe(415);
  });

  it("a body over 1 MB is a 413 naming the limit; the playground takes up to 10 MB", async () => {
    const big = JSON.stringify({ name: "g", description: "x".repeat(BODY_LIMITS.json) });
    const res = await send(createGroup, { body: big });
    expect(res).toEqual({
      status: 413,
      body: { error: { code: "payload_too_large", message: "The request body is larger than 1 MB." } },
    });
    // Past the size check, so the schema answers (an unknown model type) rather than the limit.
    const twoMb = await send(execute, {
      body: JSON.stringify({
        modelId: "m",
        deploymentId: "d",
        modelType: "NONE",
        pad: "p".repeat(2 * 1024 * 1024),
      }),
    });
    expect(twoMb.status).toBe(422);
    const huge = await send(execute, { body: JSON.stringify({ x: "y".repeat(BODY_LIMITS.execute) }) });
    expect(huge.status).toBe(413);
  });

  it("deep nesting and lone surrogates are a 422 with the field path", async () => {
    const deep = await send(createDeployment, {
      body: `{"name":"d","deployment_metadata":{"a":${"[".repeat(40)}${"]".repeat(40)}}}`,
      params: { id: "m" },
    });
    expect(deep.status).toBe(422);
    expect(deep.body.error.details).toEqual([
      {
        path: ["deployment_metadata", "a", ...Array(31).fill(0)],
        message: "JSON nesting deeper than 32 levels",
      },
    ]);
    const body5000 = await send(createGroup, {
      body: `{"name":"g","x":${"[".repeat(5000)}${"]".repeat(5000)}}`,
    });
    expect(body5000.status).toBe(422);
    expect(body5000.body.error.details).toEqual([
      expect.objectContaining({ message: "JSON nesting deeper than 64 levels" }),
    ]);
    const surrogate = await send(createGroup, { body: '{"name":"a\\udc00"}' });
    expect(surrogate.status).toBe(422);
    expect(surrogate.body.error.details).toEqual([
      { path: ["name"], message: "Strings cannot contain lone surrogates (invalid UTF-16)" },
    ]);
  });
});
