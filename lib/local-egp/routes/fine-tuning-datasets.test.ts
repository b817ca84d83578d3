import { describe, expect, it } from "vitest";
import { TEST_ADMIN_KEY, call, callJson } from "../testing/open-test-egp";
import { jsonl, withFineTuningServer } from "../testing/fine-tuning-server";
import { specErrors } from "../testing/spec-validator";
import { helpdeskRerankRows } from "../training/fixture";

const ft = withFineTuningServer();
const { upload } = ft;

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

    const v4 = await callJson(ft.egp, "GET", "/v4/training-datasets?limit=1");
    expect(specErrors("PaginatedTrainingDatasetResponse", v4.body)).toEqual([]);
    expect(v4.body).toMatchObject({ total_item_count: 2, items_per_page: 1, current_page: 1 });
    const v3 = await callJson(ft.egp, "GET", "/v3/training-datasets");
    expect(specErrors("TrainingDatasetResponse", v3.body, { array: true })).toEqual([]);
    expect(v3.body).toHaveLength(2);

    const contents = await callJson(ft.egp, "GET", `/v4/training-datasets/${created.id}/contents`);
    expect(specErrors("TrainingDatasetGenerationItem", contents.body, { array: true })).toEqual([]);
    expect(contents.body[0]).toEqual({
      input: rows[0].query,
      output: rows[0].chunk,
      relevance: rows[0].relevance,
    });

    const gone = await callJson(ft.egp, "DELETE", `/v3/training-datasets/${(await csv.json()).id}`);
    expect(gone.body).toEqual({ success: true, count: 1 });
    const one = await callJson(ft.egp, "GET", `/v4/training-datasets/${created.id}`);
    expect(specErrors("TrainingDatasetResponse", one.body)).toEqual([]);
    expect((await call(ft.egp, "GET", "/v4/training-datasets/nope")).status).toBe(404);
  });

  it("refuses a bad file with every bad line numbered, and stores none of it", async () => {
    const before = (await callJson(ft.egp, "GET", "/v4/training-datasets")).body.total_item_count;
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
    expect((await callJson(ft.egp, "GET", "/v4/training-datasets")).body.total_item_count).toBe(before);
  });
});
