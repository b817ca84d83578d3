// Writes the tiny random-weight llama GGUF used by tests and benches (its text is meaningless).
// Usage: npx tsx scripts/make-gguf-fixture.ts out.gguf [--seed N]
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeGgufFixture } from "../lib/local-egp/testing/gguf/write-fixture";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string", default: "1" } },
});
const seed = Number(values.seed);
if (positionals.length !== 1 || !Number.isInteger(seed)) {
  console.error("Usage: npx tsx scripts/make-gguf-fixture.ts <out.gguf> [--seed <integer>]");
  process.exit(2);
}
const path = await writeGgufFixture(resolve(positionals[0]), { seed });
console.log(
  `Wrote ${path} (${(await stat(path)).size} bytes, seed ${seed}). Random weights: the text it generates is meaningless.`,
);
