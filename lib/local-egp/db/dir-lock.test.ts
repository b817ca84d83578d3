import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { lockDataDir, procState, type LockWait } from "./dir-lock";

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "egp-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  for (const child of children.splice(0)) await stop(child);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function sleeper(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  children.push(child);
  return child;
}
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}
const startOf = (pid: number) => {
  const state = procState(pid);
  if (typeof state !== "object") throw new Error(`no /proc start time for ${pid}`);
  return state.start;
};
/** A clock that moves only when the lock sleeps between polls: waiting costs no wall time. */
function fakeClock(): LockWait & { slept: number } {
  let t = 0;
  const clock = {
    slept: 0,
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
      clock.slept += ms;
    },
  };
  return clock;
}
const lockFile = (dir: string) => path.join(dir, "egp.lock");
const holderOf = (dir: string) => JSON.parse(readFileSync(lockFile(dir), "utf8"));

test("a live holder is waited for, up to the deadline, then refused with its pid", async () => {
  const dir = tempDir();
  const child = sleeper();
  writeFileSync(lockFile(dir), JSON.stringify({ pid: child.pid, start: startOf(child.pid!), token: "t" }));
  const clock = fakeClock();
  await expect(lockDataDir(dir, { ...clock, waitMs: 5_000, pollMs: 100 })).rejects.toThrow(
    new RegExp(`in use by process ${child.pid}`),
  );
  expect(clock.slept).toBe(5_000);
});

test("a holder that exits while we wait hands the lock over (a console being restarted)", async () => {
  const dir = tempDir();
  const child = sleeper();
  writeFileSync(lockFile(dir), JSON.stringify({ pid: child.pid, start: startOf(child.pid!), token: "t" }));
  let polls = 0;
  const unlock = await lockDataDir(dir, {
    waitMs: 60_000,
    pollMs: 20,
    sleep: async (ms) => {
      if (++polls === 2) await stop(child);
      await new Promise((r) => setTimeout(r, ms));
    },
  });
  expect(holderOf(dir).pid).toBe(process.pid);
  expect(polls).toBeGreaterThanOrEqual(2);
  unlock();
});

test("a recycled pid (alive, but started after the lock was written) does not keep the lock", async () => {
  const dir = tempDir();
  const child = sleeper();
  // The holder was SIGKILLed and its pid now belongs to this unrelated, live process.
  writeFileSync(lockFile(dir), JSON.stringify({ pid: child.pid, start: "1", token: "dead" }));
  const clock = fakeClock();
  const unlock = await lockDataDir(dir, clock);
  expect(clock.slept).toBe(0);
  expect(holderOf(dir)).toMatchObject({ pid: process.pid, start: startOf(process.pid) });
  unlock();
  expect(readdirSync(dir)).toEqual([]);
});

test("a killed holder its parent has not reaped yet (a zombie) is gone", async () => {
  const dir = tempDir();
  // sh starts a child and execs into sleep, which never reaps it: the child stays a zombie.
  const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 60"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  children.push(parent);
  const pid = Number(
    await new Promise<string>((r) => parent.stdout!.once("data", (b: Buffer) => r(String(b)))),
  );
  let state = procState(pid);
  for (
    const deadline = Date.now() + 10_000;
    state !== "gone" && Date.now() < deadline;
    state = procState(pid)
  )
    await new Promise((r) => setTimeout(r, 20));
  expect(state).toBe("gone");
  expect(() => process.kill(pid, 0)).not.toThrow(); // what the old check asked: "alive"
  writeFileSync(lockFile(dir), String(pid));
  const unlock = await lockDataDir(dir, fakeClock());
  expect(holderOf(dir).pid).toBe(process.pid);
  unlock();
});

test("the older bare-pid file and a file left empty by a crash are taken over; unlock spares another's lock", async () => {
  const dir = tempDir();
  const child = sleeper();
  await stop(child);
  writeFileSync(lockFile(dir), String(child.pid));
  const unlock = await lockDataDir(dir, fakeClock());
  expect(holderOf(dir).pid).toBe(process.pid);
  unlock();

  writeFileSync(lockFile(dir), "");
  const unlockAgain = await lockDataDir(dir, fakeClock());
  // Another process took the lock over (it judged ours stale): our unlock must not remove theirs.
  const theirs = JSON.stringify({ pid: 1, token: "theirs" });
  writeFileSync(lockFile(dir), theirs);
  unlockAgain();
  expect(readFileSync(lockFile(dir), "utf8")).toBe(theirs);
});
