#!/usr/bin/env node
// `npm start`: builds when the build is missing or older than the sources, then serves the console
// (scripts/server.mjs, on PORT, default 3000).
import { spawnSync, spawn } from "node:child_process";
import path from "node:path";
import { isBuildStale } from "./build-freshness.mjs";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const stale = isBuildStale(root, distDir);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

if (stale || process.argv.includes("--rebuild")) {
  console.log(`Building the console (${distDir})…`);
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
