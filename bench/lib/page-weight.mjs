import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

/** Strings only these libraries carry, which survive minification. */
export const MARKERS = {
  ajv: "must have required property",
  rjsf: "rjsf-array-item",
};

/** The pages that render schema forms, where RJSF and ajv belong. */
export const SCHEMA_FORM_PAGES = ["/models/new", "/templates/new"];
export const LIST_PAGES = [
  "/models",
  "/templates",
  "/deployments",
  "/groups",
  "/users",
  "/fine-tuning",
  "/fine-tuning/datasets",
];
export const PAGE_BUDGET_BYTES = 200 * 1024;
/** Pages with a budget of their own (the playground loads each panel, dialog and generator lazily). */
export const ROUTE_BUDGET_BYTES = { "/playground": 260 * 1024 };

/** "server/app/(console)/models/(list)/page_client-reference-manifest.js" → "/models" */
export function routeOf(manifestFile) {
  const segments = path
    .dirname(manifestFile)
    .split(path.sep)
    .filter((s) => s && s !== "." && !(s.startsWith("(") && s.endsWith(")")));
  return `/${segments.join("/")}`;
}

export function pageKind(route) {
  if (SCHEMA_FORM_PAGES.includes(route) || route.endsWith("/new")) return "form";
  if (LIST_PAGES.includes(route)) return "list";
  if (route.includes("[")) return "detail";
  return "other";
}

function manifestFiles(appDir) {
  if (!existsSync(appDir)) return [];
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "page_client-reference-manifest.js")
    .sort();
}

function readManifest(file) {
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox, { timeout: 5000 });
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? {};
}

/**
 * First-load JS of every App Router page of a build, from its manifests: the root main files plus
 * every chunk the page's entries (layouts, boundaries, page) list. Sizes gzipped at level 6.
 */
export function pageWeights(distDir) {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const root = buildManifest.rootMainFiles ?? [];
  const appDir = path.join(distDir, "server", "app");
  const sizes = new Map();
  const fileInfo = (file) => {
    if (!sizes.has(file)) {
      const content = readFileSync(path.join(distDir, file));
      const text = content.toString("utf8");
      sizes.set(file, {
        raw: content.length,
        gzip: gzipSync(content, { level: 6 }).length,
        ajv: text.includes(MARKERS.ajv),
        rjsf: text.includes(MARKERS.rjsf),
      });
    }
    return sizes.get(file);
  };
  return manifestFiles(appDir)
    .map((rel) => {
      const manifest = readManifest(path.join(appDir, rel));
      const files = new Set(root);
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f);
      const infos = [...files].filter((f) => f.endsWith(".js")).map((f) => ({ file: f, ...fileInfo(f) }));
      const route = routeOf(rel);
      return {
        route,
        kind: pageKind(route),
        files: infos.length,
        raw: infos.reduce((s, i) => s + i.raw, 0),
        gzip: infos.reduce((s, i) => s + i.gzip, 0),
        ajv: infos.some((i) => i.ajv),
        rjsf: infos.some((i) => i.rjsf),
      };
    })
    .filter((p) => !p.route.startsWith("/_"));
}

/** Broken budgets as sentences; empty when all hold. */
export function budgetViolations(pages) {
  const problems = [];
  for (const page of pages) {
    const own = ROUTE_BUDGET_BYTES[page.route];
    if (own !== undefined && page.gzip > own)
      problems.push(
        `${page.route}: first-load JS is ${(page.gzip / 1024).toFixed(1)} KB gzipped, over its ${own / 1024} KB budget`,
      );
    if ((page.kind === "list" || page.kind === "detail") && page.gzip > PAGE_BUDGET_BYTES)
      problems.push(
        `${page.route}: first-load JS is ${(page.gzip / 1024).toFixed(1)} KB gzipped, over the ${PAGE_BUDGET_BYTES / 1024} KB budget for ${page.kind} pages`,
      );
    if (page.kind !== "form" && (page.ajv || page.rjsf))
      problems.push(
        `${page.route}: first-load JS contains ${[page.rjsf && "RJSF", page.ajv && "ajv"].filter(Boolean).join(" and ")}, which belongs only on ${SCHEMA_FORM_PAGES.join(" and ")} (load it lazily from components/schema-form)`,
      );
  }
  return problems;
}
