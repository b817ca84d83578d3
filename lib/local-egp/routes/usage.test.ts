import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { usageEvents } from "../db/schema";
import {
  builtinDeployment,
  call,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const minutes = (n: number) => new Date(T0 + n * 60_000);
let clock = minutes(0);

let egp: TestEgp;
let modelId: string;
let deploymentId: string;
let groupId: string;
const MODEL = "usage-completion";

const range = (from = 0, to = 120, chunks = 4) =>
  `start_date=${minutes(from).toISOString()}&end_date=${minutes(to).toISOString()}&chunks=${chunks}`;

async function stats(path: string, key?: string) {
  const res = await callJson(egp, "GET", path, { key });
  expect(res.status).toBe(200);
  expect(specErrors("ModelUsageResponse", res.body)).toEqual([]);
  return res.body;
}

const point = (minute: number, prompt: number, response: number, requests = 1, errors = 0) => ({
  date: minutes(minute).toISOString(),
  prompt_tokens: prompt,
  response_tokens: response,
  summary_tokens: prompt + response,
  request_count: requests,
  error_count: errors,
  // The test clock stands still while a request runs.
  average_latency_ms: requests ? 0 : null,
});

// Buckets of 30 minutes from T0: one answer at 0:10, one stream at 0:40, one refused body at 1:10.
const EXPECTED = {
  data: [point(0, 2, 3), point(30, 2, 3), point(60, 0, 0, 1, 1), point(90, 0, 0, 0)],
  start_date: minutes(0).toISOString(),
  end_date: minutes(90).toISOString(),
};

beforeAll(async () => {
  egp = await openTestEgp({ persistent: true, now: () => clock });
  const group = await callJson(egp, "POST", "/v4/model-groups", {
    body: { name: "usage-group", account_id: egp.bootstrap.accountId },
  });
  groupId = group.body.id;
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name: MODEL,
      model_type: "COMPLETION",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, "Local GGUF completion"),
      model_creation_parameters: { MODEL_PATH: "/m.gguf" },
    },
  });
  modelId = model.body.id;
  expect((await callJson(egp, "POST", `/v4/model-groups/${groupId}/models/${modelId}`)).status).toBe(200);
  const dep = await callJson(egp, "POST", `/v4/models/${modelId}/deployments`, { body: { name: "d" } });
  deploymentId = dep.body.id;
  expect((await waitForDeployment(egp, modelId, deploymentId)).status).toBe("READY");

  clock = minutes(10);
  const answered = await callJson(egp, "POST", `/v4/models/${deploymentId}/completions`, {
    body: { prompt: "p" },
  });
  expect(answered.status).toBe(200);
  clock = minutes(40);
  const streamed = await call(egp, "POST", `/v4/models/${deploymentId}/completions`, {
    body: { prompt: "p", stream: true },
  });
  expect(await streamed.text()).toContain('"prompt_tokens":2');
  clock = minutes(70);
  const refused = await callJson(egp, "POST", `/v4/models/${deploymentId}/completions`, {
    body: { prompt: 1 },
  });
  expect(refused.status).toBe(422);
  // Outside every range asked below.
  clock = minutes(500);
  await callJson(egp, "POST", `/v4/models/${deploymentId}/completions`, { body: { prompt: "p" } });
});
afterAll(async () => {
  await egp?.close();
});

describe("usage statistics", () => {
  test("every execution is recorded once, failures flagged, with the model, deployment and group of the time", async () => {
    const rows = await egp.db.select().from(usageEvents).where(eq(usageEvents.deploymentId, deploymentId));
    expect(
      rows
        .map((r) => ({ at: r.at.getTime(), p: r.promptTokens, r: r.responseTokens, error: r.error }))
        .sort((a, b) => a.at - b.at),
    ).toEqual([
      { at: minutes(10).getTime(), p: 2, r: 3, error: false },
      { at: minutes(40).getTime(), p: 2, r: 3, error: false },
      { at: minutes(70).getTime(), p: 0, r: 0, error: true },
      { at: minutes(500).getTime(), p: 2, r: 3, error: false },
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ modelId, modelName: MODEL, modelGroupId: groupId });
      expect(row.accountId).toBe(egp.bootstrap.accountId);
    }
  });

  test("bucketed by model name, deployment and group, v3 and v4 alike", async () => {
    for (const version of ["v4", "v3"]) {
      expect(await stats(`/${version}/models/${MODEL}/usage-statistics?${range()}`)).toEqual(EXPECTED);
      expect(
        await stats(`/${version}/model-deployments/${deploymentId}/usage-statistics?${range()}`),
      ).toEqual(EXPECTED);
      expect(await stats(`/${version}/model-groups/${groupId}/usage-statistics?${range()}`)).toEqual(
        EXPECTED,
      );
    }
    const one = await stats(`/v4/models/${MODEL}/usage-statistics?${range(0, 120, 1)}`);
    expect(one).toEqual({
      data: [point(0, 4, 6, 3, 1)],
      start_date: one.data[0].date,
      end_date: one.data[0].date,
    });
  });

  test("embeddings and chunks/rank count the engine's tokens", async () => {
    const use = await builtinDeployment(egp, "use-embedding");
    clock = minutes(5);
    await callJson(egp, "POST", `/v4/models/${use.deploymentId}/embeddings`, { body: { texts: ["a", "b"] } });
    expect((await stats(`/v4/models/use-embedding/usage-statistics?${range(0, 60, 1)}`)).data).toEqual([
      point(0, 2, 0),
    ]);
    const rr = await builtinDeployment(egp, "hybrid-rerank");
    const ranked = await callJson(egp, "POST", "/v4/chunks/rank", {
      body: {
        query: "q",
        relevant_chunks: ["a", "b", "c"],
        rank_strategy: { method: "model", params: { model_deployment_id: rr.deploymentId } },
      },
    });
    expect(ranked.status).toBe(200);
    expect(
      (await stats(`/v4/model-deployments/${rr.deploymentId}/usage-statistics?${range(0, 60, 1)}`)).data,
    ).toEqual([point(0, 3, 0)]);
  });

  test("a generation that fails mid-stream is recorded as an error when its stream ends", async () => {
    const { stubEngine } = await import("../testing/stub-engines");
    const own = await openTestEgp({
      now: () => minutes(1),
      loadEngine: async (spec) => {
        const engine = stubEngine(spec);
        if (engine.kind !== "generation") return engine;
        return { ...engine, complete: async () => Promise.reject(new Error("boom")) };
      },
    });
    try {
      const model = await callJson(own, "POST", "/v4/models", {
        body: {
          name: "failing",
          model_type: "COMPLETION",
          account_id: own.bootstrap.accountId,
          model_template_id: await templateId(own, "Local GGUF completion"),
          model_creation_parameters: { MODEL_PATH: "/m.gguf" },
        },
      });
      const dep = await callJson(own, "POST", `/v4/models/${model.body.id}/deployments`, {
        body: { name: "d" },
      });
      await own.idle();
      const streamed = await call(own, "POST", `/v4/models/${dep.body.id}/completions`, {
        body: { prompt: "p", stream: true },
      });
      expect(await streamed.text()).toContain("event: error");
      const answered = await callJson(own, "POST", `/v4/models/${dep.body.id}/completions`, {
        body: { prompt: "p" },
      });
      expect(answered.status).toBe(500);
      const rows = await own.db.select().from(usageEvents);
      expect(rows.map((r) => [r.deploymentId, r.error])).toEqual([
        [dep.body.id, true],
        [dep.body.id, true],
      ]);
    } finally {
      await own.close();
    }
  });

  test("a viewer reads usage; unknown names, deployments and groups are 404", async () => {
    const { apiKey } = await egp.users.createUser("usage-viewer@local", "viewer");
    expect(await stats(`/v4/models/${MODEL}/usage-statistics?${range()}`, apiKey)).toEqual(EXPECTED);
    for (const path of ["models/nope", "model-deployments/nope", "model-groups/nope"]) {
      const res = await callJson(egp, "GET", `/v4/${path}/usage-statistics?${range()}`);
      expect(res.status).toBe(404);
      expect(typeof res.body.detail).toBe("string");
    }
  });

  test("missing or invalid query parameters are FastAPI 422s", async () => {
    const path = `/v4/model-deployments/${deploymentId}/usage-statistics`;
    const missing = await callJson(egp, "GET", path);
    expect(missing.status).toBe(422);
    expect(missing.body.detail.map((d: { loc: string[]; type: string }) => [d.loc, d.type])).toEqual([
      [["query", "start_date"], "missing"],
      [["query", "end_date"], "missing"],
      [["query", "chunks"], "missing"],
    ]);
    const cases: [string, string][] = [
      [range().replace("chunks=4", "chunks=abc"), "chunks"],
      [range().replace("chunks=4", "chunks=0"), "chunks"],
      [range().replace(minutes(0).toISOString(), "yesterday"), "start_date"],
      [range().replace(minutes(0).toISOString(), "2026-02-30T00:00:00Z"), "start_date"],
      [range(60, 30), "end_date"],
    ];
    for (const [query, field] of cases) {
      const res = await callJson(egp, "GET", `${path}?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.detail[0].loc).toEqual(["query", field]);
    }
    // pydantic's forms: no offset (UTC), and an explicit one.
    const naive = await stats(
      `${path}?start_date=2026-01-01T00:00:00&end_date=2026-01-01T02:00:00%2B00:00&chunks=1`,
    );
    expect(naive.data[0]).toEqual(point(0, 4, 6, 3, 1));
  });

  test("figures survive a restart", async () => {
    await egp.restart({ now: () => clock });
    expect(await stats(`/v4/models/${MODEL}/usage-statistics?${range()}`)).toEqual(EXPECTED);
  });
});
