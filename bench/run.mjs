#!/usr/bin/env node
// `npm run bench`: builds the console once, runs every bench in its own process, and writes bench/RESULTS.md
// with the machine, date, commit and, for each figure, the command that reproduces it.
//   npm run bench                          # everything
//   npm run bench -- --only scale,load     # a subset (RESULTS.md then holds only those)
//   npm run bench -- --skip-build          # reuse BENCH_DIST_DIR (default .next-bench) as built
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gitCommit, machine } from "./lib/machine.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = process.env.BENCH_DIST_DIR || ".next-bench";
const TIMEOUT_MS = 20 * 60_000;
const TSX = "npx tsx --conditions=react-server";
const POSTGRES = "scripts/with-postgres.sh";

/** Every bench, in run order; `owner` marks the ones other engineers wrote (run if present). */
const BENCHES = [
  { id: "server-overhead", file: "bench/server-overhead.ts", title: "Server-route overhead" },
  { id: "load", file: "bench/load.ts", title: "Load" },
  { id: "memory", file: "bench/memory.ts", title: "Memory" },
  { id: "page-weight", file: "bench/page-weight.ts", title: "Page weight" },
  { id: "page-speed", file: "bench/page-speed.ts", title: "Page speed" },
  { id: "scale", file: "bench/scale.ts", title: "Scale" },
  {
    id: "local-egp-list",
    file: "bench/local-egp-list.ts",
    title: "Embedded list: PGlite and PostgreSQL",
    postgres: true,
    owner: "local-egp",
  },
  { id: "engines", file: "bench/engines.ts", title: "Local engines", owner: "engines" },
  { id: "poller", file: "bench/poller.ts", title: "Deployment status poller", owner: "polling" },
  { id: "fine-tune", file: "bench/fine-tune.ts", title: "Local fine-tuning", owner: "fine-tuning" },
];

const { values } = parseArgs({
  options: { only: { type: "string" }, "skip-build": { type: "boolean", default: false } },
});
const only = values.only ? new Set(values.only.split(",")) : null;

function build() {
  const started = Date.now();
  // next build adds its dist dir to tsconfig.json's include; leave the shared file as it was.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const { atime, mtime } = statSync(tsconfig);
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // With its old mtime too: scripts/start.mjs (bench/memory.ts) rebuilds when a source is newer than the build.
  if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  utimesSync(tsconfig, atime, mtime);
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error("next build failed; no bench can run without the build");
  }
  // The baseline app is rebuilt once per run too, so both builds come from the same next and machine state.
  rmSync(path.join(os.tmpdir(), "egp-console-bench-minimal"), { recursive: true, force: true });
  return (Date.now() - started) / 1000;
}

function commandFor(bench, withPostgres) {
  const run = `${TSX} ${bench.file}`;
  return withPostgres ? `bash ${POSTGRES} ${run}` : run;
}

function runBench(bench) {
  const withPostgres = Boolean(bench.postgres && existsSync(path.join(ROOT, POSTGRES)));
  const node = [process.execPath, "--import", "tsx", "--conditions=react-server", bench.file];
  const [cmd, ...args] = withPostgres ? ["bash", POSTGRES, ...node] : node;
  const command = commandFor(bench, withPostgres);
  console.error(`bench: ${bench.id}: ${command}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, BENCH_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-6000)));
    const timer = setTimeout(() => child.kill("SIGTERM"), TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      resolve({ code, signal, stdout: stdout.trim(), stderr: stderr.trim(), seconds, command });
    });
  });
}

function section(bench, result) {
  const head = `## ${bench.title}`;
  if (!result) return `${head}\n\nnot run: file absent (\`${bench.file}\`)\n`;
  const meta = `Reproduce: \`${result.command}\` (took ${result.seconds.toFixed(0)} s in this run)`;
  if (result.code !== 0) {
    const tail = result.stderr.split("\n").slice(-25).join("\n");
    return `${head}\n\n${meta}\n\n**not measured: the bench failed** (${result.signal ?? `exit ${result.code}`}):\n\n\`\`\`\n${tail}\n\`\`\`\n`;
  }
  // Benches that print their own "## title" keep it; the others get one.
  const body = result.stdout.startsWith("## ") ? result.stdout.replace(/^## [^\n]*\n/, "") : result.stdout;
  return `${head}\n\n${meta}\n${body.startsWith("\n") ? "" : "\n"}${body}\n`;
}

async function main() {
  const box = machine();
  const date = new Date().toISOString();
  const buildSeconds = values["skip-build"] ? null : build();
  const sections = [];
  for (const bench of BENCHES) {
    if (only && !only.has(bench.id)) continue;
    const present = existsSync(path.join(ROOT, bench.file));
    sections.push(section(bench, present ? await runBench(bench) : null));
  }
  const header = `# Benchmark results

Written by \`npm run bench\` (\`node bench/run.mjs\`); \`bench/README.md\` describes each bench. Each figure's section names the command that reproduces it; ratios are against a baseline measured in the same run.

| | |
| --- | --- |
| date | ${date} |
| commit | ${gitCommit()} |
| cpu | ${box.cpu} |
| cores | ${box.cores} |
| memory | ${box.memoryGiB} GiB |
| node | ${box.node} |
| os | ${box.os} |
| load average at start (1/5/15 min) | ${box.load} |
| console build | \`NEXT_DIST_DIR=${DIST} next build\`${buildSeconds === null ? " (reused)" : `, ${buildSeconds.toFixed(0)} s`} |

A load average above the core count means other work shared the machine: absolute figures are then pessimistic, while ratios within one bench (measured back to back) hold better.
`;
  writeFileSync(path.join(ROOT, "bench/RESULTS.md"), `${header}\n${sections.join("\n")}`);
  console.error("bench: wrote bench/RESULTS.md");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
