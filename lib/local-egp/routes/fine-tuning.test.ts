import { describe, expect, it } from "vitest";
import { hashEmbed } from "../engines/embedding/hash-embedding";
import { builtinDeployment, callJson } from "../testing/open-test-egp";
import { withFineTuningServer } from "../testing/fine-tuning-server";
import { specErrors } from "../testing/spec-validator";
import { tunedWeightsOf } from "../store/fine-tuning-jobs";
import { applyAdapter } from "../training/embedding-trainer";
import { helpdeskEmbeddingPairs, helpdeskRerankRows } from "../training/fixture";
import { rerankFeatures, tunedRerankScore } from "../training/rerank-features";
import type { EmbeddingAdapter, RerankWeights } from "../training/weights";
import { parseMetricEvent } from "@/lib/fine-tuning/metric-events";

const ft = withFineTuningServer();
const { dataset, finishedJob } = ft;

describe("fine-tuning jobs", () => {
  it("tunes the built-in reranker: COMPLETED, events with metrics, a READY tuned model in the base's group that serves the learned scorer", async () => {
    const rr = await dataset("helpdesk-rerank", "RERANKING_QUESTIONS", helpdeskRerankRows());
    const base = await builtinDeployment(ft.egp, "hybrid-rerank");
    const job = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: rr.id,
      vendor_configuration: { vendor: "LAUNCH", hyperparameters: { epochs: 8, seed: 3 } },
    });
    expect(job.status).toBe("COMPLETED");
    expect(job.fine_tuned_model_id).toBeTruthy();

    const events = await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${job.id}/events`);
    expect(specErrors("FineTuningJobEvent", events.body, { array: true })).toEqual([]);
    const timestamps = events.body.map((e: { timestamp: number }) => e.timestamp);
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
    expect(timestamps[0]).toBeGreaterThan(Date.parse("2026-03-01T10:00:00Z") / 1000);
    const parsed = events.body.map((e: { message: string }) => parseMetricEvent(e.message)).filter(Boolean);
    expect(parsed.filter((p: { kind: string }) => p.kind === "epoch")).toHaveLength(8);
    const result = parsed.find((p: { kind: string }) => p.kind === "result");
    expect(result.tuned["ndcg@5"]).toBeGreaterThan(result.base["ndcg@5"]);
    expect(events.body.at(-1).message).toMatch(/^Status COMPLETED/);

    const model = await callJson(ft.egp, "GET", `/v4/models/${job.fine_tuned_model_id}?view=Deployments`);
    expect(model.body).toMatchObject({ model_type: "RERANKING", base_model_id: base.modelId });
    expect(model.body.deployments[0].status).toBe("READY");
    const group = model.body.model_group_id;
    const members = await callJson(ft.egp, "GET", `/v4/models?model_group_id=${group}`);
    expect(members.body.items.map((m: { id: string }) => m.id).sort()).toEqual(
      [base.modelId, job.fine_tuned_model_id].sort(),
    );

    // Executing the tuned model answers the learned scorer's scores.
    const weights = (await tunedWeightsOf(ft.egp.db, job.fine_tuned_model_id)) as RerankWeights;
    const query = "Since this morning the VPN rejects me with a certificate warning (error 1042)?";
    const chunks = helpdeskRerankRows()
      .slice(0, 6)
      .map((r) => r.chunk);
    const served = await callJson(ft.egp, "POST", `/v4/models/${model.body.deployments[0].id}/rerankings`, {
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
    const second = await callJson(ft.egp, "GET", `/v4/models/${again.fine_tuned_model_id}`);
    expect(second.body).toMatchObject({ model_group_id: group, name: "hybrid-rerank-v2" });
  }, 120_000);

  it("tunes the built-in embedding with an adapter the tuned model's embeddings apply", async () => {
    const pairs = helpdeskEmbeddingPairs(19, 4).map((p) => ({
      input: p.anchor,
      output: p.positive,
      negative: p.negative,
    }));
    const ds = await dataset("helpdesk-pairs", "GENERATION", pairs);
    const base = await builtinDeployment(ft.egp, "use-embedding");
    const job = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: ds.id,
      vendor_configuration: { hyperparameters: { epochs: 3, rank: 4 } },
    });
    expect(job.status).toBe("COMPLETED");
    const list = await callJson(ft.egp, "GET", "/v3/fine-tuning-jobs");
    expect(specErrors("FineTuningJobResponse", list.body, { array: true })).toEqual([]);
    const page = await callJson(ft.egp, "GET", "/v4/fine-tuning-jobs");
    expect(specErrors("PaginatedFineTuningJobResponse", page.body)).toEqual([]);

    const model = await callJson(ft.egp, "GET", `/v4/models/${job.fine_tuned_model_id}?view=Deployments`);
    const adapter = (await tunedWeightsOf(ft.egp.db, job.fine_tuned_model_id)) as EmbeddingAdapter;
    expect(adapter).toMatchObject({ kind: "embedding-adapter", dimensions: 512, rank: 4 });
    const texts = ["my VPN says error 1042", "printer prints blank pages"];
    const served = await callJson(ft.egp, "POST", `/v4/models/${model.body.deployments[0].id}/embeddings`, {
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
});
