import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./console";

export const MINIMAL_DIR = path.join(os.tmpdir(), "egp-console-bench-minimal");

/**
 * Builds the throwaway one-page Next app (bench/minimal-app, copied to a temp folder) with the project's
 * next, as the baseline for page weight and page speed. Reused when already built.
 */
/** Whether the temp copy holds exactly the app's sources now (a changed source means a new build). */
function copyIsCurrent(): boolean {
  const source = path.join(ROOT, "bench/minimal-app");
  const files = readdirSync(source, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return files.every((e) => {
    const relative = path.relative(source, path.join(e.parentPath, e.name));
    const copy = path.join(MINIMAL_DIR, relative);
    return existsSync(copy) && readFileSync(copy).equals(readFileSync(path.join(source, relative)));
  });
}

export function buildMinimalApp({ force = false } = {}): string {
  if (!force && existsSync(path.join(MINIMAL_DIR, ".next/BUILD_ID")) && copyIsCurrent()) return MINIMAL_DIR;
  rmSync(MINIMAL_DIR, { recursive: true, force: true });
  cpSync(path.join(ROOT, "bench/minimal-app"), MINIMAL_DIR, { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(MINIMAL_DIR, "node_modules"), "dir");
  const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: MINIMAL_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
    encoding: "utf8",
  });
  if (build.status !== 0)
    throw new Error(`minimal app build failed:\n${build.stdout}\n${build.stderr}`.slice(-4000));
  return MINIMAL_DIR;
}
