#!/usr/bin/env node
// Page-weight budgets of a finished build (NEXT_DIST_DIR, default .next): exits 1 naming every broken budget.
//   node scripts/check-budgets.mjs            # after `next build`
// Budgets: list and detail pages ≤ 200 KB gzipped first-load JS, /playground ≤ 260 KB; RJSF and ajv only on
// the schema-form pages.
import { existsSync } from "node:fs";
import path from "node:path";
import { budgetViolations, pageWeights } from "../bench/lib/page-weight.mjs";

const root = path.resolve(import.meta.dirname, "..");
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");

if (!existsSync(path.join(distDir, "build-manifest.json"))) {
  console.error(
    `check-budgets: no build in ${distDir}; run \`next build\` first (NEXT_DIST_DIR selects the folder).`,
  );
  process.exit(1);
}

const pages = pageWeights(distDir);
if (pages.length === 0) {
  console.error(`check-budgets: ${distDir} has no App Router pages; is it a complete build?`);
  process.exit(1);
}
for (const page of pages) {
  const libs = [page.rjsf && "RJSF", page.ajv && "ajv"].filter(Boolean).join("+") || "-";
  console.log(
    `${page.route.padEnd(36)} ${page.kind.padEnd(7)} ${(page.gzip / 1024).toFixed(1).padStart(7)} KB gz  ${libs}`,
  );
}
const problems = budgetViolations(pages);
if (problems.length) {
  console.error(
    `\ncheck-budgets: ${problems.length} budget(s) broken:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
console.log(`\ncheck-budgets: all page-weight budgets hold (${pages.length} pages).`);
