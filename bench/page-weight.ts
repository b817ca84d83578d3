/**
 * First-load JS per page of the built console (gzipped), from the build manifests, against a minimal
 * Next.js page built with the same next in this run. Budgets: list and detail pages ≤ 200 KB gzipped;
 * RJSF/ajv only on the schema-form pages. The same check, deterministic: `node scripts/check-budgets.mjs`.
 *   npx tsx --conditions=react-server bench/page-weight.ts
 */
import path from "node:path";
import { PAGE_BUDGET_BYTES, budgetViolations, pageWeights, type PageWeight } from "./lib/page-weight.mjs";
import { ROOT, distDir, ensureBuild } from "./lib/console";
import { kb, pass, ratio, table } from "./lib/markdown";
import { buildMinimalApp } from "./lib/minimal-app";

function verdict(page: PageWeight): string {
  const size = page.kind === "list" || page.kind === "detail" ? page.gzip <= PAGE_BUDGET_BYTES : true;
  const libs = page.kind === "form" || (!page.ajv && !page.rjsf);
  if (page.kind === "other" && libs) return "-";
  return pass(size && libs);
}

function main() {
  const dist = path.join(ROOT, ensureBuild());
  const minimal = pageWeights(path.join(buildMinimalApp(), ".next")).find((p) => p.route === "/");
  if (!minimal) throw new Error("the minimal app has no / page");
  const pages = pageWeights(dist).sort((a, b) => a.route.localeCompare(b.route));
  const problems = budgetViolations(pages);
  console.log(`## Page weight (first-load JS, gzip level 6)

Per page: the root main files plus every chunk its layouts, boundaries and page list in the build's client-reference manifest, i.e. the page's \`<script src>\` tags without the \`noModule\` polyfill. Baseline: a one-page Next.js app (\`bench/minimal-app\`) built with the same next in this run: ${kb(minimal.gzip)} in ${minimal.files} files. The budgets alone: \`NEXT_DIST_DIR=${distDir()} node scripts/check-budgets.mjs\`.

${table(
  ["page", "kind", "files", "gzip", "vs minimal page", "RJSF", "ajv", "budget"],
  pages.map((p) => [
    p.route,
    p.kind,
    p.files,
    kb(p.gzip),
    ratio(p.gzip, minimal.gzip),
    p.rjsf ? "yes" : "no",
    p.ajv ? "yes" : "no",
    verdict(p),
  ]),
)}

Budgets: list and detail pages ≤ ${PAGE_BUDGET_BYTES / 1024} KB; RJSF and ajv only on the schema-form pages (lazy chunks do not count as first load). ${
    problems.length ? `**FAIL**:\n\n${problems.map((p) => `- ${p}`).join("\n")}` : "**PASS**"
  }
`);
}

main();
