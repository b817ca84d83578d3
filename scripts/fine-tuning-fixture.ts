/**
 * Writes the help-desk fine-tuning fixture (lib/local-egp/training/fixture.ts) as upload-ready files:
 *   npx tsx scripts/fine-tuning-fixture.ts            # the committed samples, lib/local-egp/training/fixtures/
 *   npx tsx scripts/fine-tuning-fixture.ts --full DIR # every row: DIR/helpdesk-rerank.jsonl, DIR/helpdesk-pairs.csv
 * Reranking rows are JSONL for RERANKING_QUESTIONS datasets; embedding pairs are CSV (input, output,
 * negative) for GENERATION datasets. Same seed, same bytes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { helpdeskEmbeddingPairs, helpdeskRerankRows } from "../lib/local-egp/training/fixture";

const full = process.argv[2] === "--full";
const dir = full ? process.argv[3] : path.join(import.meta.dirname, "../lib/local-egp/training/fixtures");
if (!dir) throw new Error("usage: scripts/fine-tuning-fixture.ts [--full DIR]");

const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
// The samples: the first 8 questions with their 6 candidates, and 48 pairs (one per article).
const rerank = full ? helpdeskRerankRows() : helpdeskRerankRows().slice(0, 48);
const pairs = full ? helpdeskEmbeddingPairs() : helpdeskEmbeddingPairs().slice(0, 48);
const suffix = full ? "" : ".sample";
await mkdir(dir, { recursive: true });
await writeFile(
  path.join(dir, `helpdesk-rerank${suffix}.jsonl`),
  rerank.map((r) => JSON.stringify(r)).join("\n") + "\n",
);
await writeFile(
  path.join(dir, `helpdesk-pairs${suffix}.csv`),
  [
    "input,output,negative",
    ...pairs.map((p) => [p.anchor, p.positive, p.negative ?? ""].map(csvField).join(",")),
  ].join("\n") + "\n",
);
console.log(`wrote ${rerank.length} reranking rows and ${pairs.length} pairs to ${dir}`);
