import { beforeAll, describe, expect, it } from "vitest";
import { GET as getJob } from "@/app/api/fine-tuning-jobs/[id]/route";
import { GET as jobEvents } from "@/app/api/fine-tuning-jobs/[id]/events/route";
import { POST as createJob } from "@/app/api/fine-tuning-jobs/route";
import { curveOf } from "@/lib/fine-tuning/metrics";
import { helpdeskRerankRows } from "@/lib/local-egp/training/fixture";
import { builtinDeployment, callJson } from "@/lib/local-egp/testing/open-test-egp";
import { request, signIn, withLocalConsole } from "@/tests/console/session-harness";
import { GET as contents } from "./[id]/contents/route";
import { POST as upload } from "./route";

const local = withLocalConsole({ secret: "fine-tuning-console-secret-0123456789abcdef" });
let cookie: string;

beforeAll(async () => {
  const { egp } = local;
  ({ cookie } = await signIn({
    apiKey: await egp.users.createKey("admin@local"),
    user: { id: egp.bootstrap.adminUserId, email: "admin@local", name: null },
    accounts: [{ id: egp.bootstrap.accountId, name: "Local", role: "admin" }],
    accountId: egp.bootstrap.accountId,
  }));
}, 120_000);

type Handler<P> = (request: Request, args: { params: Promise<P> }) => Promise<Response>;
async function call<P>(handler: Handler<P>, init: { method?: string; body?: unknown; params?: P } = {}) {
  const response = await handler(request("/api/x", { method: init.method, cookie, body: init.body }), {
    params: Promise.resolve(init.params ?? ({} as P)),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response JSON
  return { status: response.status, body: (await response.json()) as any };
}

const csv = (rows: { query: string; chunk: string; relevance: number }[]) =>
  [
    "query,chunk,relevance",
    ...rows.map((r) => `"${r.query}","${r.chunk.replaceAll('"', '""')}",${r.relevance}`),
  ].join("\n");

describe("fine-tuning through the console on the embedded server", () => {
  it("uploads a checked CSV as the server's dataset, trains the reranker, and reads the curve from its events", async () => {
    const rows = helpdeskRerankRows(19, 1).slice(0, 96);
    const dataset = await call(upload, {
      method: "POST",
      body: { name: "helpdesk", kind: "reranking", file_name: "helpdesk.csv", content: csv(rows) },
    });
    expect(dataset.status, JSON.stringify(dataset.body)).toBe(200);
    expect(dataset.body).toMatchObject({ name: "helpdesk", schema_type: "RERANKING_QUESTIONS" });
    const stored = await call(contents, { params: { id: dataset.body.id } });
    expect(stored.status).toBe(200);
    expect(stored.body).toHaveLength(96);

    const base = await builtinDeployment(local.egp, "hybrid-rerank");
    const job = await call(createJob, {
      method: "POST",
      body: {
        base_model_id: base.modelId,
        training_dataset_id: dataset.body.id,
        vendor_configuration: { vendor: "LAUNCH", hyperparameters: { epochs: 3, seed: 5 } },
      },
    });
    expect(job.status, JSON.stringify(job.body)).toBe(200);
    await local.egp.idle();
    const done = await call(getJob, { params: { id: job.body.id } });
    expect(done.body.status).toBe("COMPLETED");
    const events = await call(jobEvents, { params: { id: job.body.id } });
    const curve = curveOf(events.body);
    expect(curve.points.map((p) => p.step)).toEqual([0, 1, 2, 3]);
    expect(curve.metrics).toContain("loss");
    expect(curve.result?.tuned).toHaveProperty("ndcg@5");
    const tuned = await callJson(local.egp, "GET", `/v4/models/${done.body.fine_tuned_model_id}`);
    expect(tuned.body.model_group_id).toBeTruthy();
  }, 180_000);

  it("refuses a bad row before anything reaches the server", async () => {
    const before = (await callJson(local.egp, "GET", "/v4/training-datasets")).body.total_item_count;
    const answer = await call(upload, {
      method: "POST",
      body: {
        name: "bad",
        kind: "reranking",
        file_name: "bad.csv",
        content: "query,chunk,relevance\nq,c,1\nq,,2\n",
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.details).toEqual([{ path: ["content", 2], message: "Row 2: chunk is empty." }]);
    expect((await callJson(local.egp, "GET", "/v4/training-datasets")).body.total_item_count).toBe(before);
  });

  it("shows the server's reason when a model type does not train here", async () => {
    const dataset = await call(upload, {
      method: "POST",
      body: {
        name: "gen",
        kind: "generation",
        file_name: "gen.jsonl",
        content: '{"input":"a","output":"b"}\n',
      },
    });
    const template = (
      await callJson(local.egp, "GET", "/v4/model-templates?name=Local%20GGUF%20chat%20(llama.cpp)")
    ).body.items[0];
    const completion = (
      await callJson(local.egp, "POST", "/v4/models", {
        body: {
          account_id: local.egp.bootstrap.accountId,
          name: "chatty",
          model_type: "CHAT_COMPLETION",
          model_template_id: template.id,
          model_creation_parameters: { MODEL_PATH: "/x.gguf" },
        },
      })
    ).body as { id: string };
    const job = await call(createJob, {
      method: "POST",
      body: {
        base_model_id: completion.id,
        training_dataset_id: dataset.body.id,
        vendor_configuration: { vendor: "LAUNCH" },
      },
    });
    expect(job.status).toBe(400);
    expect(job.body.error.message).toMatch(/Scale GP \(LLM Engine\)/);
  });
});
