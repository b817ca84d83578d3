import Papa from "papaparse";
import { z } from "zod";
import type { ModelType, TrainingDatasetSchemaType } from "../egp/types";

/**
 * Training datasets as files (JSONL or CSV): which columns each model type trains on, and the
 * row-by-row check the upload page runs before anything is sent and the console's route runs again
 * before anything is stored. Shared by the browser and the server.
 */

export const DATASET_KINDS = ["reranking", "embedding", "generation"] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** The longest text one cell may hold (the embedded server's limit). */
export const MAX_TEXT = 20_000;

const text = (name: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${name} is missing` : `${name} must be text`) })
    .trim()
    .min(1, `${name} is empty`)
    .max(MAX_TEXT, `${name} is longer than ${MAX_TEXT.toLocaleString("en")} characters`)
    .refine((value) => !value.includes("\0"), `${name} contains a NUL character`);

/** A relevance label: a number ≥ 0 (CSV cells arrive as text). */
const relevance = z
  .union([z.number(), z.string().trim().min(1, "relevance is empty")], {
    error: (issue) => (issue.input === undefined ? "relevance is missing" : "relevance must be a number"),
  })
  .transform((value) => (typeof value === "number" ? value : Number(value)))
  .pipe(
    z
      .number({ error: "relevance must be a number" })
      .refine(Number.isFinite, "relevance must be a number")
      .min(0, "relevance must be 0 or more")
      .max(100, "relevance must be 100 or less"),
  );

const optionalText = (name: string) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), text(name).optional());

export const ROW_SCHEMAS = {
  reranking: z.object({ query: text("query"), chunk: text("chunk"), relevance }),
  embedding: z.object({
    anchor: text("anchor"),
    positive: text("positive"),
    negative: optionalText("negative"),
  }),
  generation: z.object({ input: text("input"), output: text("output") }),
} as const satisfies Record<DatasetKind, z.ZodType>;

export type DatasetRow<K extends DatasetKind = DatasetKind> = z.output<(typeof ROW_SCHEMAS)[K]>;

export const KIND_INFO: Record<
  DatasetKind,
  {
    label: string;
    columns: readonly string[];
    schemaType: TrainingDatasetSchemaType;
    example: string;
    /** A checked row in the columns the spec's schema type stores. */
    stored: (row: Record<string, unknown>) => Record<string, unknown>;
  }
> = {
  reranking: {
    label: "Reranking (query, chunk, relevance)",
    columns: ["query", "chunk", "relevance"],
    schemaType: "RERANKING_QUESTIONS",
    stored: (row) => row,
    example: '{"query": "reset my password", "chunk": "Open Settings → Security → Reset.", "relevance": 1}',
  },
  embedding: {
    label: "Embedding (anchor, positive, negative)",
    columns: ["anchor", "positive", "negative"],
    schemaType: "GENERATION",
    // GENERATION rows: the anchor is the input, its positive the output.
    stored: ({ anchor, positive, negative }) => ({
      input: anchor,
      output: positive,
      ...(negative ? { negative } : {}),
    }),
    example: '{"anchor": "reset my password", "positive": "How to change a password", "negative": "Billing"}',
  },
  generation: {
    label: "Completion (input, output)",
    columns: ["input", "output"],
    schemaType: "GENERATION",
    stored: (row) => row,
    example: '{"input": "Summarise: …", "output": "…"}',
  },
};

/** The dataset a model of this type trains on. */
export function kindForModelType(modelType: ModelType | string | null | undefined): DatasetKind {
  if (modelType === "RERANKING") return "reranking";
  if (modelType === "EMBEDDING") return "embedding";
  return "generation";
}

/** Model types the embedded server trains itself; the others train on Scale GP. */
export const LOCALLY_TRAINABLE: readonly string[] = ["RERANKING", "EMBEDDING"];

export type DatasetFormat = "jsonl" | "csv";

/** A problem with one row (1-based, as a person counts the file's data rows), or with the file (row 0). */
export type RowIssue = { row: number; field: string | null; message: string };

export type ParsedDataset<K extends DatasetKind = DatasetKind> = {
  format: DatasetFormat;
  /** The valid rows, with the row number each came from. */
  rows: { row: number; value: DatasetRow<K> }[];
  rowCount: number;
  issues: RowIssue[];
};

/** At most this many rows; larger sets train on Scale GP. */
export const MAX_DATASET_ROWS = 50_000;
/** The bytes of a dataset file the console takes (the JSON body it travels in adds a little). */
export const MAX_DATASET_BYTES = 8 * 1024 * 1024;

/** JSONL for `.jsonl`/`.json` names or text starting with `{`; CSV otherwise. */
export function detectFormat(fileName: string | null | undefined, content: string): DatasetFormat {
  const name = (fileName ?? "").toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return "jsonl";
  return content.trimStart().startsWith("{") ? "jsonl" : "csv";
}

function rawRows(content: string, format: DatasetFormat): { row: number; value: unknown; issue?: string }[] {
  if (format === "jsonl") {
    const out: { row: number; value: unknown; issue?: string }[] = [];
    let row = 0;
    for (const line of content.split(/\r?\n/)) {
      if (!line.trim()) continue;
      row += 1;
      try {
        out.push({ row, value: JSON.parse(line) });
      } catch {
        out.push({ row, value: null, issue: "is not valid JSON" });
      }
    }
    return out;
  }
  const parsed = Papa.parse<Record<string, string>>(content, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (typeof error.row === "number" && !broken.has(error.row)) broken.set(error.row, error.message);
  }
  return parsed.data.map((value, index) => {
    const issue = broken.get(index);
    return issue
      ? { row: index + 1, value, issue: `could not be read as CSV (${issue})` }
      : { row: index + 1, value };
  });
}

/** Parses a dataset file and checks every row against its kind's columns; valid rows and row-numbered issues. */
export function parseDataset<K extends DatasetKind>(
  content: string,
  kind: K,
  { fileName, format: given }: { fileName?: string | null; format?: DatasetFormat } = {},
): ParsedDataset<K> {
  const format = given ?? detectFormat(fileName, content);
  const schema = ROW_SCHEMAS[kind];
  const issues: RowIssue[] = [];
  const rows: ParsedDataset<K>["rows"] = [];
  const raw = rawRows(content, format);
  if (format === "csv" && content.trim()) {
    const header = Papa.parse<string[]>(content.split(/\r?\n/, 1)[0] ?? "").data[0] ?? [];
    const columns = header.map((h) => String(h).trim());
    const missing = KIND_INFO[kind].columns.filter(
      (c) => !columns.includes(c) && !(kind === "embedding" && c === "negative"),
    );
    if (missing.length)
      issues.push({
        row: 0,
        field: null,
        message: `The header row has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}.`,
      });
  }
  if (raw.length === 0) issues.push({ row: 0, field: null, message: "The file has no rows." });
  if (raw.length > MAX_DATASET_ROWS)
    issues.push({
      row: 0,
      field: null,
      message: `The file has ${raw.length.toLocaleString("en")} rows; at most ${MAX_DATASET_ROWS.toLocaleString("en")} are taken.`,
    });
  for (const { row, value, issue } of raw) {
    if (issue) {
      issues.push({ row, field: null, message: `Row ${row} ${issue}.` });
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      issues.push({ row, field: null, message: `Row ${row} is not an object.` });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      rows.push({ row, value: result.data as DatasetRow<K> });
      continue;
    }
    for (const problem of result.error.issues) {
      const field = problem.path.length ? String(problem.path[0]) : null;
      issues.push({ row, field, message: `Row ${row}: ${problem.message}.` });
    }
  }
  return { format, rows, rowCount: raw.length, issues };
}

/** The rows in the shape the training-datasets upload takes: one JSON object a line, in the stored columns. */
export function toJsonl(kind: DatasetKind, rows: readonly { value: object }[]): string {
  const stored = KIND_INFO[kind].stored;
  return rows.map(({ value }) => JSON.stringify(stored(value as Record<string, unknown>))).join("\n") + "\n";
}
