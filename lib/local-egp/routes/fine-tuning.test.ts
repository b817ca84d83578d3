import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fineTuningJobs } from "../db/schema";
import { hashEmbed } from "../engines/embedding/hash-embedding";
import { loadEngine } from "../engines";
import type { EngineSpec } from "../engines/types";
import {
  TEST_ADMIN_KEY,
  builtinDeployment,
  call,
  callJson,
  openTestEgp,
  type TestEgp,
} from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";
import { tunedWeightsOf } from "../store/fine-tuning-jobs";
import { applyAdapter } from "../training/embedding-trainer";
import { helpdeskEmbeddingPairs, helpdeskRerankRows } from "../training/fixture";
import { rerankFeatures, tunedRerankScore } from "../training/rerank-features";
import type { EmbeddingAdapter, RerankWeights } from "../training/weights";
import { parseMetricEvent } from "@/lib/fine-tuning/metric-events";

// Real engines, with the weight-free hashing embedder standing in for USE (the bench runs USE).
const hashForUse = (spec: EngineSpec) =>
  loadEngine({ ...spec, image: spec.image === "use-embedding" ? "hash-embedding" : spec.image });

let egp: TestEgp;
let clock = Date.parse("2026-03-01T10:00:00Z");
let accountId: string;

beforeAll(async () => {
  egp = await openTestEgp({
    persistent: true,
    loadEngine: hashForUse,
    fineTuning: { rerankEmbedding: "hash-embedding" },
    jobs: { tickMs: 0, now: () => (clock += 10) },
  });
  accountId = egp.bootstrap.accountId;
});
afterAll(() => egp.close());

const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";

function upload(
  fields: { name?: string; schema_type?: string; account_id?: string | null },
  file: { text: string; filename: string } | null,
  key = TEST_ADMIN_KEY,
  version = "v4",
) {
  const form = new FormData();
  if (fields.account_id !== null) form.set("account_id", fields.account_id ?? accountId);
  if (fields.name) form.set("name", fields.name);
  if (fields.schema_type) form.set("schema_type", fields.schema_type);
  if (file) form.set("file", new File([file.text], file.filename));
  return egp.handle(
    new Request(`http://local/${version}/training-datasets`, {
      method: "POST",
      headers: { "x-api-key": key },
      body: form,
    }),
  );
}

async function dataset(name: string, schemaType: string, rows: object[]) {
  const res = await upload(
    { name, schema_type: schemaType },
    { text: jsonl(rows), filename: `${name}.jsonl` },
  );
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string };
}

async function finishedJob(body: object) {
  const created = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
    body: { account_id: accountId, ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  expect(specErrors("FineTuningJobResponse", created.body)).toEqual([]);
  expect(created.body.status).toBe("PENDING");
  // The job trains between awaits: the server answers while it runs.
  const meanwhile = await callJson(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`);
  expect(specErrors("FineTuningJobResponse", meanwhile.body)).toEqual([]);
  expect(["PENDING", "RUNNING"]).toContain(meanwhile.body.status);
  await egp.idle();
  return (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`)).body;
}

describe("training datasets", () => {
  it("uploads JSONL and CSV, lists v3 and v4 in the spec's shapes, answers contents, deletes", async () => {
    const rows = helpdeskRerankRows().slice(0, 12);
    const res = await upload(
      { name: "rr", schema_type: "RERANKING_QUESTIONS" },
      { text: jsonl(rows), filename: "rr.jsonl" },
    );
    const created = await res.json();
    expect(res.status).toBe(200);
    expect(specErrors("TrainingDatasetResponse", created)).toEqual([]);
    expect(created).toMatchObject({
      name: "rr",
      schema_type: "RERANKING_QUESTIONS",
      data_source: "LocalFile",
    });

    const csv = await upload(
      { name: "pairs", schema_type: "GENERATION" },
      { text: 'input,output\n"how, then",like this\n', filename: "p.csv" },
      TEST_ADMIN_KEY,
      "v3",
    );
    expect(csv.status).toBe(200);

    const v4 = await callJson(egp, "GET", "/v4/training-datasets?limit=1");
    expect(specErrors("PaginatedTrainingDatasetResponse", v4.body)).toEqual([]);
    expect(v4.body).toMatchObject({ total_item_count: 2, items_per_page: 1, current_page: 1 });
    const v3 = await callJson(egp, "GET", "/v3/training-datasets");
    expect(specErrors("TrainingDatasetResponse", v3.body, { array: true })).toEqual([]);
    expect(v3.body).toHaveLength(2);

    const contents = await callJson(egp, "GET", `/v4/training-datasets/${created.id}/contents`);
    expect(specErrors("TrainingDatasetGenerationItem", contents.body, { array: true })).toEqual([]);
    expect(contents.body[0]).toEqual({
      input: rows[0].query,
      output: rows[0].chunk,
      relevance: rows[0].relevance,
    });

    const gone = await callJson(egp, "DELETE", `/v3/training-datasets/${(await csv.json()).id}`);
    expect(gone.body).toEqual({ success: true, count: 1 });
    const one = await callJson(egp, "GET", `/v4/training-datasets/${created.id}`);
    expect(specErrors("TrainingDatasetResponse", one.body)).toEqual([]);
    expect((await call(egp, "GET", "/v4/training-datasets/nope")).status).toBe(404);
  });

  it("refuses a bad file with every bad line numbered, and stores none of it", async () => {
    const before = (await callJson(egp, "GET", "/v4/training-datasets")).body.total_item_count;
    const text = [
      '{"query":"q","chunk":"c","relevance":1}',
      "{oops",
      '{"query":"q","chunk":"c","relevance":-1}',
    ].join("\n");
    const res = await upload(
      { name: "bad", schema_type: "RERANKING_QUESTIONS" },
      { text, filename: "bad.jsonl" },
    );
    expect(res.status).toBe(422);
    const { detail } = await res.json();
    expect(specErrors("HTTPValidationError", { detail })).toEqual([]);
    expect(detail.map((d: { msg: string }) => d.msg)).toEqual([
      expect.stringMatching(/^Line 2: is not JSON/),
      "Line 3, relevance: must be a number from 0 to 100",
    ]);
    const missing = await upload({ name: "x" }, null);
    expect(missing.status).toBe(422);
    expect((await missing.json()).detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual([
      "body.schema_type",
      "body.file",
    ]);
    expect((await callJson(egp, "GET", "/v4/training-datasets")).body.total_item_count).toBe(before);
  });
});

describe("fine-tuning jobs", () => {
  it("tunes the built-in reranker: COMPLETED, events with metrics, a READY tuned model in the base's group that serves the learned scorer", async () => {
    const rr = await dataset("helpdesk-rerank", "RERANKING_QUESTIONS", helpdeskRerankRows());
    const base = await builtinDeployment(egp, "hybrid-rerank");
    const job = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: rr.id,
      vendor_configuration: { vendor: "LAUNCH", hyperparameters: { epochs: 8, seed: 3 } },
    });
    expect(job.status).toBe("COMPLETED");
    expect(job.fine_tuned_model_id).toBeTruthy();

    const events = await callJson(egp, "GET", `/v4/fine-tuning-jobs/${job.id}/events`);
    expect(specErrors("FineTuningJobEvent", events.body, { array: true })).toEqual([]);
    const timestamps = events.body.map((e: { timestamp: number }) => e.timestamp);
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
    expect(timestamps[0]).toBeGreaterThan(Date.parse("2026-03-01T10:00:00Z") / 1000);
    const parsed = events.body.map((e: { message: string }) => parseMetricEvent(e.message)).filter(Boolean);
    expect(parsed.filter((p: { kind: string }) => p.kind === "epoch")).toHaveLength(8);
    const result = parsed.find((p: { kind: string }) => p.kind === "result");
    expect(result.tuned["ndcg@5"]).toBeGreaterThan(result.base["ndcg@5"]);
    expect(events.body.at(-1).message).toMatch(/^Status COMPLETED/);

    const model = await callJson(egp, "GET", `/v4/models/${job.fine_tuned_model_id}?view=Deployments`);
    expect(model.body).toMatchObject({ model_type: "RERANKING", base_model_id: base.modelId });
    expect(model.body.deployments[0].status).toBe("READY");
    const group = model.body.model_group_id;
    const members = await callJson(egp, "GET", `/v4/models?model_group_id=${group}`);
    expect(members.body.items.map((m: { id: string }) => m.id).sort()).toEqual(
      [base.modelId, job.fine_tuned_model_id].sort(),
    );

    // Executing the tuned model answers the learned scorer's scores.
    const weights = (await tunedWeightsOf(egp.db, job.fine_tuned_model_id)) as RerankWeights;
    const query = "Since this morning the VPN rejects me with a certificate warning (error 1042)?";
    const chunks = helpdeskRerankRows()
      .slice(0, 6)
      .map((r) => r.chunk);
    const served = await callJson(egp, "POST", `/v4/models/${model.body.deployments[0].id}/rerankings`, {
      body: { query, chunks },
    });
    const [q, ...c] = [query, ...chunks].map((t) => hashEmbed(t, 512));
    const expected = rerankFeatures(query, chunks, q, c).map((f) => tunedRerankScore(weights, f));
    served.body.chunk_scores.forEach((s: number, i: number) => expect(s).toBeCloseTo(expected[i], 10));

    // A second iteration lands in the same group.
    const again = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: rr.id,
      vendor_configuration: { hyperparameters: { epochs: 2 }, suffix: "v2" },
    });
    const second = await callJson(egp, "GET", `/v4/models/${again.fine_tuned_model_id}`);
    expect(second.body).toMatchObject({ model_group_id: group, name: "hybrid-rerank-v2" });
  }, 120_000);

  it("tunes the built-in embedding with an adapter the tuned model's embeddings apply", async () => {
    const pairs = helpdeskEmbeddingPairs(19, 4).map((p) => ({
      input: p.anchor,
      output: p.positive,
      negative: p.negative,
    }));
    const ds = await dataset("helpdesk-pairs", "GENERATION", pairs);
    const base = await builtinDeployment(egp, "use-embedding");
    const job = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: ds.id,
      vendor_configuration: { hyperparameters: { epochs: 3, rank: 4 } },
    });
    expect(job.status).toBe("COMPLETED");
    const list = await callJson(egp, "GET", "/v3/fine-tuning-jobs");
    expect(specErrors("FineTuningJobResponse", list.body, { array: true })).toEqual([]);
    const page = await callJson(egp, "GET", "/v4/fine-tuning-jobs");
    expect(specErrors("PaginatedFineTuningJobResponse", page.body)).toEqual([]);

    const model = await callJson(egp, "GET", `/v4/models/${job.fine_tuned_model_id}?view=Deployments`);
    const adapter = (await tunedWeightsOf(egp.db, job.fine_tuned_model_id)) as EmbeddingAdapter;
    expect(adapter).toMatchObject({ kind: "embedding-adapter", dimensions: 512, rank: 4 });
    const texts = ["my VPN says error 1042", "printer prints blank pages"];
    const served = await callJson(egp, "POST", `/v4/models/${model.body.deployments[0].id}/embeddings`, {
      body: { texts },
    });
    const expected = applyAdapter(
      adapter,
      texts.map((t) => hashEmbed(t, 512)),
    );
    served.body.embeddings.forEach(([, v]: [string, number[]], i: number) =>
      v.forEach((x, j) => expect(x).toBeCloseTo(expected[i][j], 10)),
    );
  }, 120_000);

  it("refuses, with the reason, what cannot train here; viewers read and members create", async () => {
    const rr = await dataset("small", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(0, 30));
    const template = (
      await callJson(egp, "GET", "/v4/model-templates?name=Local%20GGUF%20chat%20(llama.cpp)")
    ).body.items[0];
    const chat = await callJson(egp, "POST", "/v4/models", {
      body: {
        account_id: accountId,
        name: "chatty",
        model_type: "CHAT_COMPLETION",
        model_template_id: template.id,
        model_creation_parameters: { MODEL_PATH: "/x.gguf" },
      },
    });
    const refused = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: accountId, base_model_id: chat.body.id, training_dataset_id: rr.id },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toMatch(/CHAT_COMPLETION model, which trains on Scale GP \(LLM Engine\)/);

    const embedding = await builtinDeployment(egp, "use-embedding");
    const wrongSchema = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: accountId, base_model_id: embedding.modelId, training_dataset_id: rr.id },
    });
    expect(wrongSchema.status).toBe(422);
    expect(wrongSchema.body.detail[0].msg).toMatch(/trains on GENERATION datasets/);

    const reranker = await builtinDeployment(egp, "bm25-rerank");
    const unknown = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      body: {
        account_id: accountId,
        base_model_id: reranker.modelId,
        training_dataset_id: rr.id,
        vendor_configuration: { hyperparameters: { epochz: 3 } },
      },
    });
    expect(unknown.status).toBe(422);
    const openai = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      body: {
        account_id: accountId,
        base_model_id: reranker.modelId,
        training_dataset_id: rr.id,
        vendor_configuration: { vendor: "OPENAI" },
      },
    });
    expect(openai.status).toBe(400);

    const viewer = await egp.users.createUser("ft-viewer@example.test", "viewer");
    const asViewer = await call(egp, "POST", "/v4/fine-tuning-jobs", {
      key: viewer.apiKey,
      body: { account_id: accountId, base_model_id: reranker.modelId, training_dataset_id: rr.id },
    });
    expect(asViewer.status).toBe(403);
    expect(
      (
        await upload(
          { name: "v", schema_type: "GENERATION" },
          { text: "input,output\na,b\n", filename: "v.csv" },
          viewer.apiKey,
        )
      ).status,
    ).toBe(403);
    expect((await call(egp, "GET", "/v4/fine-tuning-jobs", { key: viewer.apiKey })).status).toBe(200);
    expect(
      (await call(egp, "GET", `/v4/training-datasets/${rr.id}/contents`, { key: viewer.apiKey })).status,
    ).toBe(200);
    expect((await call(egp, "DELETE", `/v4/training-datasets/${rr.id}`, { key: viewer.apiKey })).status).toBe(
      403,
    );

    const member = await egp.users.createUser("ft-member@example.test", "member");
    const held = await dataset("held-out", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(30, 60));
    const withValidation = await finishedJobAs(member.apiKey, {
      base_model_id: reranker.modelId,
      training_dataset_id: rr.id,
      validation_dataset_id: held.id,
      vendor_configuration: { hyperparameters: { epochs: 2 } },
    });
    expect(withValidation).toMatchObject({ status: "COMPLETED", validation_dataset_id: held.id });
    const split = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${withValidation.id}/events`)).body;
    expect(split.map((e: { message: string }) => e.message)).toContain(
      "Reranking: 5 training and 5 validation queries; features from hash-embedding and the texts",
    );
    const byMember = await finishedJobAs(member.apiKey, {
      base_model_id: reranker.modelId,
      training_dataset_id: rr.id,
      vendor_configuration: { hyperparameters: { epochs: 2 } },
    });
    expect(byMember.status).toBe("COMPLETED");
  }, 120_000);

  it("cancels an open job on DELETE and removes a finished one", async () => {
    const rr = await dataset("cancel-me", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(0, 60));
    const base = await builtinDeployment(egp, "bm25-rerank");
    const created = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: accountId, base_model_id: base.modelId, training_dataset_id: rr.id },
    });
    const inUse = await callJson(egp, "DELETE", `/v4/training-datasets/${rr.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.detail).toMatch(/in use by 1 running fine-tuning job/);
    const canceled = await callJson(egp, "DELETE", `/v4/fine-tuning-jobs/${created.body.id}`);
    expect(canceled.body).toEqual({ success: true, count: 1 });
    await egp.idle();
    const job = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`)).body;
    expect(job.status).toBe("CANCELED");
    expect(job.fine_tuned_model_id).toBeUndefined();
    const events = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}/events`)).body;
    expect(events.at(-1)).toMatchObject({
      level: "warning",
      message: expect.stringMatching(/^Status CANCELED/),
    });
    // A dataset under an open job cannot go; under a finished one it can.
    expect((await callJson(egp, "DELETE", `/v4/fine-tuning-jobs/${created.body.id}`)).body).toEqual({
      success: true,
      count: 1,
    });
    expect((await call(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`)).status).toBe(404);
  });

  it("resumes a job that was RUNNING when the console died, and fails one that keeps dying", async () => {
    const rr = await dataset("restart", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(0, 60));
    const base = await builtinDeployment(egp, "bm25-rerank");
    const job = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: rr.id,
      vendor_configuration: { hyperparameters: { epochs: 1 } },
    });
    // Two jobs as a crash leaves them: RUNNING, held by a runner that is gone.
    const [first, second] = await Promise.all(
      [1, 2].map(async (attempts) => {
        const [row] = await egp.db.select().from(fineTuningJobs).where(eq(fineTuningJobs.id, job.id));
        const { id: _id, createdAt: _c, ...rest } = row;
        const id = crypto.randomUUID();
        await egp.db.insert(fineTuningJobs).values({
          ...rest,
          id,
          status: "RUNNING",
          fineTunedModelId: null,
          body: { ...row.body, attempts, result: undefined },
          claimToken: "gone.1",
          // PGlite has one process, so a claim found at start is dead whatever its lease says; on
          // PostgreSQL another console may hold it, so only an expired lease is taken over.
          claimExpiresAt: new Date(
            process.env.EGP_TEST_DATABASE_URL ? clock - 1000 : Date.parse("2100-01-01"),
          ),
        });
        return id;
      }),
    );
    await egp.restart({
      loadEngine: hashForUse,
      fineTuning: { rerankEmbedding: "hash-embedding" },
      jobs: { tickMs: 0, now: () => (clock += 10) },
    });
    await egp.idle();
    const resumed = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${first}`)).body;
    expect(resumed.status).toBe("COMPLETED");
    const resumedEvents = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${first}/events`)).body;
    expect(resumedEvents.map((e: { message: string }) => e.message)).toContainEqual(
      expect.stringMatching(/^Resumed after the console/),
    );
    const failed = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${second}`)).body;
    expect(failed.status).toBe("FAILED");
    const failedEvents = (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${second}/events`)).body;
    expect(failedEvents.at(-1)).toMatchObject({
      level: "error",
      message: expect.stringMatching(/stopped 2 times while running/),
    });
  }, 120_000);
});

async function finishedJobAs(key: string, body: object) {
  const created = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
    key,
    body: { account_id: accountId, ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  await egp.idle();
  return (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`, { key })).body;
}
