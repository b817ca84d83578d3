// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { parseDataset } from "@/lib/fine-tuning/datasets";
import { DatasetPreview } from "./dataset-preview";

afterEach(cleanup);

describe("DatasetPreview", () => {
  it("lists each bad row by number and previews the valid rows", () => {
    const parsed = parseDataset("query,chunk,relevance\nq1,c1,1\nq2,,x\nq3,c3,0\n", "reranking", {
      format: "csv",
    });
    render(<DatasetPreview kind="reranking" fileName="rows.csv" parsed={parsed} issues={parsed.issues} />);
    expect(screen.getByRole("status").textContent).toContain("3 rows, 2 valid, 1 with problems");
    const problems = within(screen.getByRole("list", { name: "Row problems" })).getAllByRole("listitem");
    expect(problems.map((li) => li.textContent)).toEqual([
      "Row 2: chunk is empty.",
      "Row 2: relevance must be a number.",
    ]);
    const table = screen.getByRole("table", { name: "First 2 valid rows" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((tr) => tr.textContent),
    ).toEqual(["Rowquerychunkrelevance", "1q1c11", "3q3c30"]);
  });

  it("says every row is valid when none has a problem", () => {
    const parsed = parseDataset('{"input":"a","output":"b"}\n', "generation");
    render(<DatasetPreview kind="generation" fileName="rows.jsonl" parsed={parsed} issues={[]} />);
    expect(screen.getByText("Every row is valid.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
