import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fineTuningJobs } from "../db/schema";
import { builtinDeployment, call, callJson } from "../testing/open-test-egp";
import { withFineTuningServer } from "../testing/fine-tuning-server";
import { helpdeskRerankRows } from "../training/fixture";

const ft = withFineTuningServer();
const { upload, dataset, finishedJob, finishedJobAs } = ft;

describe("fine-tuning jobs", () => {
  it("refuses, with the reason, what cannot train here; viewers read and members create", async () => {
    const rr = await dataset("small", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(0, 30));
    const template = (
      await callJson(ft.egp, "GET", "/v4/model-templates?name=Local%20GGUF%20chat%20(llama.cpp)")
    ).body.items[0];
    const chat = await callJson(ft.egp, "POST", "/v4/models", {
      body: {
        account_id: ft.accountId,
        name: "chatty",
        model_type: "CHAT_COMPLETION",
        model_template_id: template.id,
        model_creation_parameters: { MODEL_PATH: "/x.gguf" },
      },
    });
    const refused = await callJson(ft.egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: ft.accountId, base_model_id: chat.body.id, training_dataset_id: rr.id },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toMatch(/CHAT_COMPLETION model, which trains on Scale GP \(LLM Engine\)/);

    const embedding = await builtinDeployment(ft.egp, "use-embedding");
    const wrongSchema = await callJson(ft.egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: ft.accountId, base_model_id: embedding.modelId, training_dataset_id: rr.id },
    });
    expect(wrongSchema.status).toBe(422);
    expect(wrongSchema.body.detail[0].msg).toMatch(/trains on GENERATION datasets/);

    const reranker = await builtinDeployment(ft.egp, "bm25-rerank");
    const unknown = await callJson(ft.egp, "POST", "/v4/fine-tuning-jobs", {
      body: {
        account_id: ft.accountId,
        base_model_id: reranker.modelId,
        training_dataset_id: rr.id,
        vendor_configuration: { hyperparameters: { epochz: 3 } },
      },
    });
    expect(unknown.status).toBe(422);
    const openai = await callJson(ft.egp, "POST", "/v4/fine-tuning-jobs", {
      body: {
        account_id: ft.accountId,
        base_model_id: reranker.modelId,
        training_dataset_id: rr.id,
        vendor_configuration: { vendor: "OPENAI" },
      },
    });
    expect(openai.status).toBe(400);

    const viewer = await ft.egp.users.createUser("ft-viewer@example.test", "viewer");
    const asViewer = await call(ft.egp, "POST", "/v4/fine-tuning-jobs", {
      key: viewer.apiKey,
      body: { account_id: ft.accountId, base_model_id: reranker.modelId, training_dataset_id: rr.id },
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
    expect((await call(ft.egp, "GET", "/v4/fine-tuning-jobs", { key: viewer.apiKey })).status).toBe(200);
    expect(
      (await call(ft.egp, "GET", `/v4/training-datasets/${rr.id}/contents`, { key: viewer.apiKey })).status,
    ).toBe(200);
    expect(
      (await call(ft.egp, "DELETE", `/v4/training-datasets/${rr.id}`, { key: viewer.apiKey })).status,
    ).toBe(403);

    const member = await ft.egp.users.createUser("ft-member@example.test", "member");
    const held = await dataset("held-out", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(30, 60));
    const withValidation = await finishedJobAs(member.apiKey, {
      base_model_id: reranker.modelId,
      training_dataset_id: rr.id,
      validation_dataset_id: held.id,
      vendor_configuration: { hyperparameters: { epochs: 2 } },
    });
    expect(withValidation).toMatchObject({ status: "COMPLETED", validation_dataset_id: held.id });
    const split = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${withValidation.id}/events`)).body;
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
    const base = await builtinDeployment(ft.egp, "bm25-rerank");
    const created = await callJson(ft.egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: ft.accountId, base_model_id: base.modelId, training_dataset_id: rr.id },
    });
    const inUse = await callJson(ft.egp, "DELETE", `/v4/training-datasets/${rr.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.detail).toMatch(/in use by 1 running fine-tuning job/);
    const canceled = await callJson(ft.egp, "DELETE", `/v4/fine-tuning-jobs/${created.body.id}`);
    expect(canceled.body).toEqual({ success: true, count: 1 });
    await ft.egp.idle();
    const job = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`)).body;
    expect(job.status).toBe("CANCELED");
    expect(job.fine_tuned_model_id).toBeUndefined();
    const events = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}/events`)).body;
    expect(events.at(-1)).toMatchObject({
      level: "warning",
      message: expect.stringMatching(/^Status CANCELED/),
    });
    // A dataset under an open job cannot go; under a finished one it can.
    expect((await callJson(ft.egp, "DELETE", `/v4/fine-tuning-jobs/${created.body.id}`)).body).toEqual({
      success: true,
      count: 1,
    });
    expect((await call(ft.egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`)).status).toBe(404);
  });

  it("resumes a job that was RUNNING when the console died, and fails one that keeps dying", async () => {
    const rr = await dataset("restart", "RERANKING_QUESTIONS", helpdeskRerankRows().slice(0, 60));
    const base = await builtinDeployment(ft.egp, "bm25-rerank");
    const job = await finishedJob({
      base_model_id: base.modelId,
      training_dataset_id: rr.id,
      vendor_configuration: { hyperparameters: { epochs: 1 } },
    });
    // Two jobs as a crash leaves them: RUNNING, held by a runner that is gone.
    const [first, second] = await Promise.all(
      [1, 2].map(async (attempts) => {
        const [row] = await ft.egp.db.select().from(fineTuningJobs).where(eq(fineTuningJobs.id, job.id));
        const { id: _id, createdAt: _c, ...rest } = row;
        const id = crypto.randomUUID();
        await ft.egp.db.insert(fineTuningJobs).values({
          ...rest,
          id,
          status: "RUNNING",
          fineTunedModelId: null,
          body: { ...row.body, attempts, result: undefined },
          claimToken: "gone.1",
          // PGlite has one process, so a claim found at start is dead whatever its lease says; on
          // PostgreSQL another console may hold it, so only an expired lease is taken over.
          claimExpiresAt: new Date(
            process.env.EGP_TEST_DATABASE_URL ? ft.clock - 1000 : Date.parse("2100-01-01"),
          ),
        });
        return id;
      }),
    );
    await ft.egp.restart(ft.options());
    await ft.egp.idle();
    const resumed = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${first}`)).body;
    expect(resumed.status).toBe("COMPLETED");
    const resumedEvents = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${first}/events`)).body;
    expect(resumedEvents.map((e: { message: string }) => e.message)).toContainEqual(
      expect.stringMatching(/^Resumed after the console/),
    );
    const failed = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${second}`)).body;
    expect(failed.status).toBe("FAILED");
    const failedEvents = (await callJson(ft.egp, "GET", `/v4/fine-tuning-jobs/${second}/events`)).body;
    expect(failedEvents.at(-1)).toMatchObject({
      level: "error",
      message: expect.stringMatching(/stopped 2 times while running/),
    });
  }, 120_000);
});
