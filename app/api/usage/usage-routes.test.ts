import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { REMOTE_LOGS_MESSAGE } from "@/lib/resources/deployment-logs";
import { UPSTREAM, callRoute, mockRemoteEgp } from "@/tests/remote/harness";
import { GET as logs } from "../models/[id]/deployments/[deploymentId]/logs/route";
import { GET as usage } from "./[scope]/[id]/route";

const server = mockRemoteEgp({ timeoutMs: 2_000, maxRetries: 0 });

const QUERY = "start_date=2026-01-01T00:00:00.000Z&end_date=2026-01-02T00:00:00.000Z&chunks=2";
const point = (date: string, prompt: number, response: number) => ({
  date,
  prompt_tokens: prompt,
  response_tokens: response,
  summary_tokens: prompt + response,
});

describe("GET /api/usage/{scope}/{id}", () => {
  it("asks Scale GP's usage route with the spec's parameters and answers only the chart's fields", async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${UPSTREAM}/v4/model-deployments/:id/usage-statistics`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({
          data: [
            { ...point("2026-01-01T00:00:00Z", 5, 7), internal_cost: 3 },
            point("2026-01-01T12:00:00Z", 0, 0),
          ],
          start_date: "2026-01-01T00:00:00Z",
          end_date: "2026-01-01T12:00:00Z",
        });
      }),
    );
    const answer = await callRoute(usage, {
      path: `/api/usage/deployments/d-1?${QUERY}`,
      params: { scope: "deployments", id: "d-1" },
    });
    expect(answer.status).toBe(200);
    expect(seen?.pathname).toBe("/v4/model-deployments/d-1/usage-statistics");
    expect(Object.fromEntries(seen!.searchParams)).toEqual({
      start_date: "2026-01-01T00:00:00.000Z",
      end_date: "2026-01-02T00:00:00.000Z",
      chunks: "2",
    });
    expect(answer.body).toEqual({
      data: [point("2026-01-01T00:00:00Z", 5, 7), point("2026-01-01T12:00:00Z", 0, 0)],
      start_date: "2026-01-01T00:00:00Z",
      end_date: "2026-01-01T12:00:00Z",
    });
  });

  it("models go by name, groups by id", async () => {
    const paths: string[] = [];
    const reply = ({ request }: { request: Request }) => {
      paths.push(new URL(request.url).pathname);
      return HttpResponse.json({
        data: [],
        start_date: "2026-01-01T00:00:00Z",
        end_date: "2026-01-01T00:00:00Z",
      });
    };
    server.use(
      http.get(`${UPSTREAM}/v4/models/:name/usage-statistics`, reply),
      http.get(`${UPSTREAM}/v4/model-groups/:id/usage-statistics`, reply),
    );
    for (const [scope, id] of [
      ["models", "my model"],
      ["groups", "g-1"],
    ])
      expect(
        (await callRoute(usage, { path: `/api/usage/${scope}/x?${QUERY}`, params: { scope, id } })).status,
      ).toBe(200);
    expect(paths).toEqual([
      "/v4/models/my%20model/usage-statistics",
      "/v4/model-groups/g-1/usage-statistics",
    ]);
  });

  it("refuses a range that ends before it starts, and an unknown scope, without asking upstream", async () => {
    const bad = await callRoute(usage, {
      path: "/api/usage/groups/g?start_date=2026-01-02T00:00:00Z&end_date=2026-01-01T00:00:00Z&chunks=0",
      params: { scope: "groups", id: "g" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      error: {
        code: "unprocessable",
        details: expect.arrayContaining([expect.objectContaining({ path: ["chunks"] })]),
      },
    });
    const unknown = await callRoute(usage, {
      path: `/api/usage/users/u?${QUERY}`,
      params: { scope: "users", id: "u" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { message: "There is no usage of that kind." } });
  });
});

describe("GET /api/models/{id}/deployments/{deploymentId}/logs", () => {
  it("says that Scale GP exposes no logs", async () => {
    const answer = await callRoute(logs, {
      path: "/api/models/m/deployments/d/logs",
      params: { id: "m", deploymentId: "d" },
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: { code: "not_found", message: REMOTE_LOGS_MESSAGE } });
  });
});
