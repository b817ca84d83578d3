import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { GET as getModel } from "@/app/api/models/[id]/route";
import { POST as createGroup } from "@/app/api/groups/route";
import { POST as execute } from "@/app/api/playground/execute/route";
import { POST as signIn } from "@/app/api/session/route";
import { UPSTREAM, callRoute, mockRemoteEgp } from "./harness";
import { specGroup, specModel, specPage } from "./fixtures";

const server = mockRemoteEgp({ timeoutMs: 2_000, maxRetries: 0 });

const SHAPE = "Scale GP answered with an unexpected shape: ";
const empty200 = () =>
  new HttpResponse(null, { status: 200, headers: { "content-type": "application/json" } });

async function expect502(answer: Promise<{ status: number; body: unknown }>, what: string | RegExp) {
  const { status, body } = await answer;
  expect(status).toBe(502);
  const message = (body as { error: { code: string; message: string } }).error;
  expect(message.code).toBe("bad_gateway");
  expect(message.message.startsWith(SHAPE)).toBe(true);
  expect(message.message.slice(SHAPE.length)).toMatch(what);
}

describe("a 200 the spec does not allow becomes a readable 502", () => {
  it.each([
    ["a wrong-typed field", specPage([{ ...specModel(1), id: 42 }]), /^items\[0\]\.id must be string/],
    [
      "a missing field",
      specPage([{ ...specModel(1), model_type: undefined }]),
      /^items\[0\]\.model_type is missing/,
    ],
    [
      "an unknown enum value",
      specPage([{ ...specModel(1), model_type: "HOLOGRAM" }]),
      /model_type must be one of/,
    ],
    ["another envelope", { data: [specModel(1)] }, /^items is missing/],
    ["an array", [specModel(1)], /^the body must be object/],
  ])("GET /api/models with %s", async (_kind, body, what) => {
    server.use(http.get(`${UPSTREAM}/v4/models`, () => HttpResponse.json(body)));
    await expect502(callRoute(listModels), what);
  });

  it("an empty 200, with or without Content-Length: 0", async () => {
    server.use(http.get(`${UPSTREAM}/v4/models`, empty200));
    await expect502(callRoute(listModels), "an empty body (GET /v4/models)");
    server.use(
      http.get(
        `${UPSTREAM}/v4/models/:id`,
        () => new HttpResponse("", { headers: { "content-length": "0" } }),
      ),
    );
    await expect502(
      callRoute(getModel, { params: { id: "m" } }),
      "an empty body (GET /v4/models/{model_id})",
    );
  });

  it("a created group without a name never reaches the browser as a success", async () => {
    server.use(
      http.post(`${UPSTREAM}/v4/model-groups`, () =>
        HttpResponse.json({ ...specGroup("g"), name: undefined }),
      ),
    );
    await expect502(callRoute(createGroup, { method: "POST", body: { name: "g" } }), /^name is missing/);
    server.use(http.post(`${UPSTREAM}/v4/model-groups`, () => HttpResponse.json(specGroup("g"))));
    expect((await callRoute(createGroup, { method: "POST", body: { name: "g" } })).body).toMatchObject({
      name: "g",
    });
  });

  it("a playground run whose answer has no completion", async () => {
    const run = {
      modelId: "m-1",
      deploymentId: "d-1",
      modelType: "COMPLETION",
      request: { prompt: "Once upon a time" },
    };
    server.use(http.post(`${UPSTREAM}/v4/models/:d/completions`, () => HttpResponse.json({ text: "hi" })));
    await expect502(callRoute(execute, { method: "POST", body: run }), /^completions is missing/);
    server.use(
      http.post(`${UPSTREAM}/v4/models/:d/completions`, () =>
        HttpResponse.json({ completions: [["Once upon a time", ["there"]]], added_later: true }),
      ),
    );
    expect((await callRoute(execute, { method: "POST", body: run })).status).toBe(200);
    server.use(http.post(`${UPSTREAM}/v4/models/:d/completions`, empty200));
    await expect502(callRoute(execute, { method: "POST", body: run }), /^an empty body/);
  });

  it("a sign-in whose user-info has no user", async () => {
    server.use(http.get(`${UPSTREAM}/user-info`, () => HttpResponse.json({ access_profiles: [] })));
    await expect502(
      callRoute(signIn, { method: "POST", body: { apiKey: "sk-some-key-0123456789" } }),
      /is missing/,
    );
  });
});
