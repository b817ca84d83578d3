import "server-only";
import { randomUUID } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the lock file records: the pid, that process's start time (to tell a recycled pid) and a token. */
type Holder = { pid: number; start?: string; token?: string };

export type LockWait = {
  /** How long to wait for a live holder to exit (a console being restarted) before giving up. */
  waitMs?: number;
  pollMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The process start time of a pid; tests inject it, the default reads /proc. */
  startOf?: (pid: number) => ProcessState;
};

/** "gone" (no such process, or a zombie), its start time, or "unknown" where /proc cannot tell. */
export type ProcessState = "gone" | "unknown" | { start: string };

/**
 * /proc/<pid>/stat: field 3 is the state (Z: a killed process its parent has not reaped yet, which
 * kill(pid, 0) still reports alive) and field 22 the start time in clock ticks since boot.
 */
export function procState(pid: number): ProcessState {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return "unknown";
    try {
      readFileSync("/proc/self/stat");
    } catch {
      return "unknown";
    }
    return "gone";
  }
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  if (fields[0] === "Z" || fields[0] === "X") return "gone";
  return fields[19] ? { start: fields[19] } : "unknown";
}

function signalAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parse(text: string): Holder | null {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text) }; // the older bare-pid format
  try {
    const value = JSON.parse(text) as Holder;
    return Number.isInteger(value?.pid) && value.pid > 0 ? value : null;
  } catch {
    return null;
  }
}

function holds(holder: Holder | null, self: Holder, startOf: (pid: number) => ProcessState): boolean {
  if (!holder) return false; // unreadable: a crash between creating and writing a file of the older format
  if (holder.pid === self.pid && (!holder.start || holder.start === self.start)) return false; // this process
  const state = startOf(holder.pid);
  if (state === "gone") return false;
  if (state === "unknown") return signalAlive(holder.pid);
  // A live process with another start time got the dead holder's pid recycled.
  return !holder.start || holder.start === state.start;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * PGlite is single-process: two processes on one data dir corrupt it (its own postmaster.pid does not
 * guard: it always records the same fake pid and is ignored on open). A lock file makes a second opener
 * wait for the first to exit, then fail with a message; a lock whose process is gone, a zombie, or whose
 * pid now belongs to another process is taken over.
 */
export async function lockDataDir(dir: string, wait: LockWait = {}): Promise<() => void> {
  const { waitMs = 10_000, pollMs = 100, now = Date.now, sleep = pause, startOf = procState } = wait;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "egp.lock");
  const ownStart = startOf(process.pid);
  const self: Holder = {
    pid: process.pid,
    ...(typeof ownStart === "object" ? { start: ownStart.start } : {}),
    token: randomUUID(),
  };
  const mine = JSON.stringify(self);
  const unlock = () => {
    // Only our own file: one taken over by another process stays theirs.
    if (readText(file) === mine) rmSync(file, { force: true });
  };
  const deadline = now() + waitMs;
  for (;;) {
    if (create(file, mine)) return unlock;
    const text = readText(file);
    if (text === null) continue; // removed between our attempt and the read
    const holder = parse(text);
    if (!holds(holder, self, startOf)) {
      evict(file, text);
      continue;
    }
    if (now() >= deadline) {
      throw new Error(
        `The data dir ${dir} is in use by process ${holder!.pid}; stop it first (or use DATABASE_URL for shared access)`,
      );
    }
    await sleep(pollMs);
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Creates the lock whole or not at all: a hard link of a written file fails if the name exists. */
function create(file: string, content: string): boolean {
  const draft = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(draft, content);
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    // A file system without hard links: exclusive create, which a crash can leave empty (taken over then).
    try {
      writeFileSync(file, content, { flag: "wx" });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw inner;
    }
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Moves a stale lock aside; if another process replaced it meanwhile, its fresh lock is put back. */
function evict(file: string, stale: string): void {
  const grave = `${file}.stale.${randomUUID()}`;
  try {
    renameSync(file, grave);
  } catch {
    return; // already gone
  }
  try {
    if (readText(grave) !== stale) linkSync(grave, file);
  } catch {
    // The name was taken again: that holder is checked on the next round.
  } finally {
    rmSync(grave, { force: true });
  }
}
