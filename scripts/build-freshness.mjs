// Whether a build of the console is missing or older than its sources: `npm start` (scripts/start.mjs)
// rebuilds then, and the benches (bench/lib/console.ts) do too, so neither serves code that changed since.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(root, entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full))
    newest = Math.max(newest, newestMtime(root, path.join(entry, child)));
  return newest;
}

/** True when `distDir` (relative to `root`) has no build, or a source changed after it was built. */
export function isBuildStale(root, distDir) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(root, source) > built);
}
