import { parse } from "csv-parse/sync";
import type { ValidationIssue } from "../domain/errors";

/**
 * Training dataset files: JSONL (one object per line) or CSV (a header row), checked whole before
 * anything is stored. Columns by schema type:
 * - RERANKING_QUESTIONS: `query`, `chunk`, `relevance` (a number ≥ 0; 0 = not relevant);
 * - GENERATION: `input`, `output`, and for embedding fine-tunes an optional `negative` (a text that
 *   should not match `input`).
 * Errors name the file's line, the way a person finds it in an editor.
 */
export type SchemaType = "GENERATION" | "RERANKING_QUESTIONS";
export type DatasetRow = Record<string, string | number>;

export const DATASET_LIMITS = { rows: 50_000, text: 20_000, issues: 20 } as const;

const COLUMNS: Record<SchemaType, { required: string[]; optional: string[]; numeric: string[] }> = {
  RERANKING_QUESTIONS: { required: ["query", "chunk", "relevance"], optional: [], numeric: ["relevance"] },
  GENERATION: { required: ["input", "output"], optional: ["negative"], numeric: [] },
};

export function datasetFormat(filename: string, mimeType: string, text: string): "jsonl" | "csv" {
  const name = filename.toLowerCase();
  if (/\.(jsonl|ndjson|json)$/.test(name) || /json/.test(mimeType)) return "jsonl";
  if (name.endsWith(".csv") || /csv/.test(mimeType)) return "csv";
  return text.trimStart().startsWith("{") ? "jsonl" : "csv";
}

type Raw = { line: number; value: unknown };

function jsonlRecords(text: string, issues: ValidationIssue[]): Raw[] {
  const out: Raw[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    if (lineText.trim() === "") return;
    try {
      out.push({ line: i + 1, value: JSON.parse(lineText) });
    } catch (error) {
      issues.push(issue(i + 1, `is not JSON (${(error as Error).message})`, "json_invalid"));
    }
  });
  return out;
}

function csvRecords(text: string, issues: ValidationIssue[], required: string[]): Raw[] {
  try {
    let header: string[] = [];
    const records = parse(text, {
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      skip_empty_lines: true,
      bom: true,
      info: true,
      relax_column_count: false,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    const absent = required.filter((c) => header.length > 0 && !header.includes(c));
    if (absent.length > 0) {
      issues.push(
        issue(1, `the header has no ${absent.join(", ")} column (it has ${header.join(", ")})`, "missing"),
      );
      return [];
    }
    return records.map((r) => ({ line: r.info.lines, value: r.record }));
  } catch (error) {
    const e = error as Error & { lines?: number };
    issues.push(issue(e.lines ?? 1, `is not valid CSV (${e.message})`, "value_error"));
    return [];
  }
}

const issue = (line: number, msg: string, type: string, field?: string): ValidationIssue => ({
  loc: ["body", "file", `line ${line}`, ...(field ? [field] : [])],
  msg: `Line ${line}${field ? `, ${field}` : ""}: ${msg}`,
  type,
});

/** The rows of an upload, or every problem found (at most DATASET_LIMITS.issues), never half of it. */
export function parseDataset(
  schemaType: SchemaType,
  format: "jsonl" | "csv",
  text: string,
): { rows: DatasetRow[] } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const { required, optional, numeric } = COLUMNS[schemaType];
  const records = format === "jsonl" ? jsonlRecords(text, issues) : csvRecords(text, issues, required);
  const rows: DatasetRow[] = [];
  for (const { line, value } of records) {
    if (issues.length >= DATASET_LIMITS.issues) break;
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      issues.push(issue(line, "must be an object", "dict_type"));
      continue;
    }
    const record = value as Record<string, unknown>;
    const row: DatasetRow = {};
    let ok = true;
    for (const field of [...required, ...optional]) {
      const raw = record[field];
      const empty = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
      if (empty) {
        if (required.includes(field)) {
          issues.push(issue(line, "is missing", "missing", field));
          ok = false;
        }
        continue;
      }
      if (numeric.includes(field)) {
        const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim()) : NaN;
        if (!Number.isFinite(n) || n < 0 || n > 100) {
          issues.push(issue(line, "must be a number from 0 to 100", "float_parsing", field));
          ok = false;
        } else row[field] = n;
        continue;
      }
      if (typeof raw !== "string") {
        issues.push(issue(line, "must be a string", "string_type", field));
        ok = false;
      } else if (raw.length > DATASET_LIMITS.text) {
        issues.push(
          issue(line, `is longer than ${DATASET_LIMITS.text} characters`, "string_too_long", field),
        );
        ok = false;
      } else if (raw.includes("\0")) {
        issues.push(issue(line, "contains a NUL character", "string_nul", field));
        ok = false;
      } else row[field] = raw;
    }
    if (ok) rows.push(row);
  }
  if (issues.length === 0 && rows.length === 0)
    issues.push({ loc: ["body", "file"], msg: "The file holds no rows", type: "too_short" });
  if (issues.length === 0 && rows.length > DATASET_LIMITS.rows)
    issues.push({
      loc: ["body", "file"],
      msg: `The file holds ${rows.length} rows; at most ${DATASET_LIMITS.rows} are allowed`,
      type: "too_long",
    });
  return issues.length > 0 ? { issues: issues.slice(0, DATASET_LIMITS.issues) } : { rows };
}
