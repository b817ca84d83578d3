import { describe, expect, it } from "vitest";
import { detectFormat, kindForModelType, parseDataset, toJsonl } from "./datasets";

describe("parseDataset", () => {
  it("reads JSONL reranking rows and numbers each problem by its row (blank lines not counted)", () => {
    const content = [
      '{"query":"a","chunk":"b","relevance":1}',
      "",
      '{"query":"","chunk":"b"}',
      "not json",
      "[1]",
    ].join("\n");
    const parsed = parseDataset(content, "reranking");
    expect(parsed.format).toBe("jsonl");
    expect(parsed.rowCount).toBe(4);
    expect(parsed.rows).toEqual([{ row: 1, value: { query: "a", chunk: "b", relevance: 1 } }]);
    expect(parsed.issues).toEqual([
      { row: 2, field: "query", message: "Row 2: query is empty." },
      { row: 2, field: "relevance", message: "Row 2: relevance is missing." },
      { row: 3, field: null, message: "Row 3 is not valid JSON." },
      { row: 4, field: null, message: "Row 4 is not an object." },
    ]);
  });

  it("reads CSV with quoted commas, coerces relevance, and refuses negative or non-numeric labels", () => {
    const csv = 'query,chunk,relevance\nq1,"a, b",2\nq2,c,-1\nq3,d,x\n';
    const parsed = parseDataset(csv, "reranking", { fileName: "rows.csv" });
    expect(parsed.rows).toEqual([{ row: 1, value: { query: "q1", chunk: "a, b", relevance: 2 } }]);
    expect(parsed.issues.map((i) => i.message)).toEqual([
      "Row 2: relevance must be 0 or more.",
      "Row 3: relevance must be a number.",
    ]);
  });

  it("names a missing CSV column once, on the header (row 0)", () => {
    const parsed = parseDataset("query,text\nq,c\n", "reranking", { fileName: "rows.csv" });
    expect(parsed.issues[0]).toEqual({
      row: 0,
      field: null,
      message: "The header row has no chunk, relevance columns.",
    });
  });

  it("takes embedding pairs with or without a negative", () => {
    const parsed = parseDataset(
      '{"anchor":"a","positive":"p"}\n{"anchor":"a","positive":"p","negative":"n"}\n',
      "embedding",
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => r.value)).toEqual([
      { anchor: "a", positive: "p" },
      { anchor: "a", positive: "p", negative: "n" },
    ]);
    expect(
      parseDataset("anchor,positive,negative\na,p,\n", "embedding", { format: "csv" }).rows[0]?.value,
    ).toEqual({
      anchor: "a",
      positive: "p",
    });
  });

  it("stores embedding pairs as GENERATION rows: anchor as input, positive as output", () => {
    const parsed = parseDataset(
      '{"anchor":"a","positive":"p","negative":"n"}\n{"anchor":"b","positive":"q"}\n',
      "embedding",
    );
    expect(toJsonl("embedding", parsed.rows)).toBe(
      '{"input":"a","output":"p","negative":"n"}\n{"input":"b","output":"q"}\n',
    );
  });

  it("keeps relevance within 0–100 and refuses NUL characters", () => {
    const parsed = parseDataset(
      '{"query":"q","chunk":"c","relevance":101}\n{"query":"q\\u0000","chunk":"c","relevance":1}\n',
      "reranking",
    );
    expect(parsed.issues.map((i) => i.message)).toEqual([
      "Row 1: relevance must be 100 or less.",
      "Row 2: query contains a NUL character.",
    ]);
  });

  it("refuses an empty file", () => {
    expect(parseDataset("\n\n", "generation").issues).toEqual([
      { row: 0, field: null, message: "The file has no rows." },
    ]);
  });

  it("writes the valid rows back as JSONL", () => {
    const parsed = parseDataset("input,output\nhi,there\n", "generation", { fileName: "x.csv" });
    expect(toJsonl("generation", parsed.rows)).toBe('{"input":"hi","output":"there"}\n');
  });
});

describe("formats and kinds", () => {
  it("detects the format from the name, else the first character", () => {
    expect(detectFormat("a.CSV", "{")).toBe("csv");
    expect(detectFormat("a.jsonl", "x")).toBe("jsonl");
    expect(detectFormat(null, '  {"a":1}')).toBe("jsonl");
    expect(detectFormat("rows.txt", "a,b")).toBe("csv");
  });
  it("maps model types to their dataset kind", () => {
    expect(kindForModelType("RERANKING")).toBe("reranking");
    expect(kindForModelType("EMBEDDING")).toBe("embedding");
    expect(kindForModelType("CHAT_COMPLETION")).toBe("generation");
  });
});
