import { afterAll, beforeAll, expect } from "vitest";
import { loadEngine } from "../engines";
import type { EngineSpec } from "../engines/types";
import type { LocalEgpOptions } from "../index";
import { TEST_ADMIN_KEY, callJson, openTestEgp, type TestEgp } from "./open-test-egp";
import { specErrors } from "./spec-validator";

/** The fine-tuning routes' tests: a persistent server (for restarts) and the calls they make on it. */

// Real engines, with the weight-free hashing embedder standing in for USE (the bench runs USE).
const hashForUse = (spec: EngineSpec) =>
  loadEngine({ ...spec, image: spec.image === "use-embedding" ? "hash-embedding" : spec.image });

export const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";

export function withFineTuningServer() {
  const ft = {
    egp: undefined as unknown as TestEgp,
    accountId: "",
    clock: Date.parse("2026-03-01T10:00:00Z"),
    /** What the server opens with, and reopens with on a restart: jobs run at once, on a ticking clock. */
    options: (): Partial<LocalEgpOptions> => ({
      loadEngine: hashForUse,
      fineTuning: { rerankEmbedding: "hash-embedding" },
      jobs: { tickMs: 0, now: () => (ft.clock += 10) },
    }),
    upload,
    dataset,
    finishedJob,
    finishedJobAs,
  };

  function upload(
    fields: { name?: string; schema_type?: string; account_id?: string | null },
    file: { text: string; filename: string } | null,
    key = TEST_ADMIN_KEY,
    version = "v4",
  ) {
    const form = new FormData();
    if (fields.account_id !== null) form.set("account_id", fields.account_id ?? ft.accountId);
    if (fields.name) form.set("name", fields.name);
    if (fields.schema_type) form.set("schema_type", fields.schema_type);
    if (file) form.set("file", new File([file.text], file.filename));
    return ft.egp.handle(
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
    const { egp } = ft;
    const created = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      body: { account_id: ft.accountId, ...body },
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

  async function finishedJobAs(key: string, body: object) {
    const { egp } = ft;
    const created = await callJson(egp, "POST", "/v4/fine-tuning-jobs", {
      key,
      body: { account_id: ft.accountId, ...body },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    await egp.idle();
    return (await callJson(egp, "GET", `/v4/fine-tuning-jobs/${created.body.id}`, { key })).body;
  }

  beforeAll(async () => {
    ft.egp = await openTestEgp({ persistent: true, ...ft.options() });
    ft.accountId = ft.egp.bootstrap.accountId;
  });
  afterAll(() => ft.egp.close());
  return ft;
}
