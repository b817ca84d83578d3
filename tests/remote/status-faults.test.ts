import { http, HttpResponse, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { GET as getModel } from "@/app/api/models/[id]/route";
import { POST as createGroup } from "@/app/api/groups/route";
import { API_KEY, UPSTREAM, callRoute, mockRemoteEgp, visible } from "./harness";
import { fastApi422, specModel, specPage } from "./fixtures";

const server = mockRemoteEgp({ timeoutMs: 5000 });

const failWith = (status: number, body: JsonBodyType) => () => HttpResponse.json(body, { status });

describe("upstream statuses become our envelope with the upstream detail", () => {
  it("serves a spec-shaped page and sends the key only upstream", async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${UPSTREAM}/v4/models`, ({ request }) => {
        seen = request;
        return HttpResponse.json(specPage([specModel(1), specModel(2)]));
      }),
    );
    const answer = await callRoute(listModels, { path: "/api/models?limit=100&q=llama" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ total_item_count: 2, items: [{ id: "model-1" }, { id: "model-2" }] });
    expect(seen?.headers.get("x-api-key")).toBe(API_KEY);
    expect(new URL(seen!.url).searchParams.get("limit")).toBe("100");
    expect(visible(answer)).not.toContain(API_KEY);
  });

  it.each([
    [401, "unauthorized", "Invalid API key", /API key was not accepted: Invalid API key\. Sign in again/],
    [403, "forbidden", "Not allowed in account acc-1", /permission.*Not allowed in account acc-1/],
    [404, "not_found", "Model model-9 not found", /Not found: Model model-9 not found/],
    [409, "conflict", "A model named x exists", /Conflict: A model named x exists/],
  ])("%i → %s", async (status, code, detail, message) => {
    server.use(http.get(`${UPSTREAM}/v4/models/:id`, failWith(status, { detail })));
    const answer = await callRoute(getModel, { path: "/api/models/model-9", params: { id: "model-9" } });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error: { code, message: expect.stringMatching(message) } });
    expect(visible(answer)).not.toContain(API_KEY);
  });

  it("unwraps EGP's nested {detail: {detail}}", async () => {
    server.use(
      http.get(`${UPSTREAM}/v4/models/:id`, failWith(409, { detail: { detail: "Limit 15 fine-tunes" } })),
    );
    const answer = await callRoute(getModel, { params: { id: "m" } });
    expect(answer.body).toMatchObject({
      error: { code: "conflict", message: "Conflict: Limit 15 fine-tunes" },
    });
  });

  it("422: FastAPI's detail list becomes details with field paths", async () => {
    server.use(http.post(`${UPSTREAM}/v4/model-groups`, failWith(422, fastApi422)));
    const answer = await callRoute(createGroup, { method: "POST", body: { name: "g" } });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      error: {
        code: "unprocessable",
        message:
          "The request is not valid: name: Field required; description: Input should be a valid string",
        details: [
          { path: ["name"], message: "Field required" },
          { path: ["description"], message: "Input should be a valid string" },
        ],
      },
    });
  });

  it.each([500, 502, 503])(
    "%i on a GET is retried, then answered as bad_gateway with the detail",
    async (status) => {
      let calls = 0;
      server.use(
        http.get(`${UPSTREAM}/v4/models`, () => {
          calls++;
          return HttpResponse.json({ detail: `backend exploded (${status})` }, { status });
        }),
      );
      const answer = await callRoute(listModels);
      expect(calls).toBe(3);
      expect(answer.status).toBe(502);
      expect(answer.body).toEqual({
        error: { code: "bad_gateway", message: `The EGP API failed: backend exploded (${status})` },
      });
    },
  );

  it("an upstream that echoes the key in its detail does not leak it", async () => {
    server.use(
      http.get(`${UPSTREAM}/v4/models/:id`, ({ request }) =>
        HttpResponse.json({ detail: `Key ${request.headers.get("x-api-key")} is revoked` }, { status: 401 }),
      ),
    );
    const answer = await callRoute(getModel, { params: { id: "m" } });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({
      error: { message: expect.stringContaining("Key [redacted] is revoked") },
    });
    expect(visible(answer)).not.toContain(API_KEY);
  });
});
