import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isBuildStale } from "../../scripts/build-freshness.mjs";
import { freePort, stopChild, waitForHttp } from "./ports";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const ADMIN_KEY = "bench-admin-key-0123456789abcdef";
const SESSION_SECRET = "bench-session-secret-0123456789abcdef0123456789";
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** The build the benches measure; run.mjs builds it once and passes BENCH_DIST_DIR on. */
export function distDir() {
  return process.env.BENCH_DIST_DIR || ".next-bench";
}

/** Builds the console into distDir() when its build is missing or older than a source (or `force`). */
export function ensureBuild({ force = false } = {}) {
  const dir = distDir();
  if (!force && !isBuildStale(ROOT, dir)) return dir;
  const started = Date.now();
  // next build adds its dist dir to tsconfig.json's include; the benches leave the shared file as it was.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const { atime, mtime } = statSync(tsconfig);
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  // With its old mtime too: scripts/start.mjs (bench/memory.ts) rebuilds when a source is newer than the build.
  if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  utimesSync(tsconfig, atime, mtime);
  if (build.status !== 0)
    throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`.slice(-4000));
  console.error(`bench: built the console into ${dir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}

/**
 * The built console (scripts/server.mjs, as `npm start` serves it) on a free loopback port with a data dir (fresh unless given), signed in as the local admin.
 * Returns the base URL, the session cookie and stop().
 */
export type ConsoleServer = {
  base: string;
  port: number;
  /** The server's process (its threads include the embedded server's worker). */
  pid: number;
  cookie: string;
  dataDir: string;
  stop: () => Promise<void>;
};

export async function startConsole({
  dataDir,
  keepData = false,
  root = ROOT,
}: {
  dataDir?: string;
  keepData?: boolean;
  /** Another checkout's built console (bench/before-after.ts); this one by default. */
  root?: string;
} = {}): Promise<ConsoleServer> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "bench-console-")));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    // BENCH_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the console under load.
    [
      ...(process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? []),
      // The console's own server as `npm start` runs it; a checkout from before it existed ran `next start`.
      ...(existsSync(path.join(root, "scripts/server.mjs"))
        ? [path.join(root, "scripts/server.mjs")]
        : [
            path.join(root, "node_modules/next/dist/bin/next"),
            "start",
            "-p",
            String(port),
            "-H",
            "127.0.0.1",
          ]),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir(),
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        EGP_DATA_DIR: dir,
        EGP_LOCAL_ADMIN_KEY: ADMIN_KEY,
        SESSION_SECRET,
        EGP_API_URL: "",
        DATABASE_URL: "",
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/api/health`, { child });
    const cookie = await signIn(base);
    return {
      base,
      port,
      pid: child.pid!,
      cookie,
      dataDir: dir,
      stop: async () => {
        await stopChild(child);
        if (!keepData && !dataDir) await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopChild(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
}

export async function signIn(base: string, apiKey = ADMIN_KEY): Promise<string> {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ apiKey }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}
