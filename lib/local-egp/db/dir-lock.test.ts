import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { lockDataDir } from "./dir-lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "egp-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test("a second live process is refused; a stale lock is taken over; unlock removes the file", async () => {
  const dir = tempDir();
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
  try {
    writeFileSync(path.join(dir, "egp.lock"), String(child.pid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${child.pid}`));
  } finally {
    child.kill();
    await new Promise((r) => child.once("exit", r));
  }
  const unlock = lockDataDir(dir);
  expect(readFileSync(path.join(dir, "egp.lock"), "utf8")).toBe(String(process.pid));
  unlock();
  expect(() => readFileSync(path.join(dir, "egp.lock"))).toThrow();
});
