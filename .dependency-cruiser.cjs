// The project's layering, checked in `npm test` (npm run check:deps):
//   app → components → lib, never back; lib/local-egp stands alone (its own env, the spec) and is
//   entered from outside only through its index or its testing helpers; no client component reaches
//   a server-only module at run time. Type-only imports are erased by the compiler and are not counted.
const fs = require("node:fs");
const path = require("node:path");

const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(["node_modules", ".next", ".git", "test-results", "bench", "e2e", "scripts"]);

/** Files whose first statement is "use client": the roots of the browser's module graph. */
function clientFiles(dir = ".") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...clientFiles(file));
    else if (SOURCE.test(entry.name) && /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8"))) {
      out.push(file);
    }
  }
  return out;
}

// Tests may reach across layers to set up what they test (a route's test runs the embedded server).
const TESTS = "\\.test\\.tsx?$";

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const clientRoots = `^(${clientFiles().map(escape).join("|")})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-is-the-bottom-layer",
      comment: "lib/ is imported by components/ and app/, never the other way round.",
      severity: "error",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-below-app",
      comment: "components/ are shared by pages; a page's own code lives in app/ and imports them.",
      severity: "error",
      from: { path: "^components/", pathNot: TESTS },
      to: { path: "^app/" },
    },
    {
      name: "local-egp-stands-alone",
      comment:
        "The embedded server depends only on itself, the console's env, the EGP spec (and the types and enum values generated from it), the input limits, the local image names, the fine-tuning metric-event format and the role model (lib/roles.ts) it shares with the console (leaf modules), so it can run on its own thread or process.",
      severity: "error",
      from: { path: "^lib/local-egp/" },
      to: {
        path: "^(lib|app|components)/",
        pathNot:
          "^lib/(local-egp/|env\\.ts$|egp/openapi(\\.fine-tuning)?\\.json$|egp/spec-document\\.ts$|egp/(schema|enums)\\.gen\\.ts$|limits/|schemas/json-field\\.ts$|templates/local-images\\.ts$|fine-tuning/metric-events\\.ts$|roles\\.ts$)",
      },
    },
    {
      name: "roles-are-a-leaf",
      comment:
        "lib/roles.ts is shared by both servers and the browser, so it imports nothing but the spec's types.",
      severity: "error",
      from: { path: "^lib/roles\\.ts$" },
      to: { path: "^(lib|app|components)/", pathNot: "^lib/egp/schema\\.gen\\.ts$" },
    },
    {
      name: "limits-are-leaves",
      comment:
        "lib/limits, the local image names and the fine-tuning metric-event format are shared by both servers (and the browser), so they import nothing of the project's.",
      severity: "error",
      from: { path: "^lib/(limits/|templates/local-images\\.ts$|fine-tuning/metric-events\\.ts$)" },
      to: { path: "^(lib|app|components)/", pathNot: "^lib/limits/" },
    },
    {
      name: "local-egp-through-its-index",
      comment:
        "Outside code uses the embedded server through lib/local-egp/index.ts (tests also through testing/).",
      severity: "error",
      from: { path: "^(app|components|lib)/", pathNot: `^lib/local-egp/|${TESTS}` },
      to: { path: "^lib/local-egp/", pathNot: "^lib/local-egp/(index\\.ts|testing/.*)$" },
    },
    {
      name: "testing-code-stays-in-tests",
      comment: "Helpers under testing/ are for tests and scripts, never for the running console.",
      severity: "error",
      from: { path: "^(app|components|lib)/", pathNot: `${TESTS}|/testing/` },
      to: { path: "/testing/" },
    },
    {
      name: "client-never-reaches-server-only",
      comment: 'A "use client" module must not load (even indirectly) a module marked import "server-only".',
      severity: "error",
      from: { path: clientRoots },
      to: { path: "node_modules/server-only/", reachable: true },
    },
    {
      name: "no-circular",
      comment:
        "Static import cycles make module initialisation order matter (a lazily imported chunk importing its loader is fine).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["dynamic-import", "type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(\\.next[^/]*|test-results|bench/\\.work)/" },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
