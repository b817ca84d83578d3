import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

let ticksPerSecond: number | undefined;

/** CPU time (user + system, every thread) a process has used so far, in ms; Linux /proc only. */
export function processCpuMs(pid: number): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of those.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** CPU ms of a process and all its descendants (`next start` may hand the server to a child). */
export function treeCpuMs(pid: number): number {
  let total = processCpuMs(pid);
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(" ") : []) total += treeCpuMs(Number(child));
  }
  return total;
}

/** Runs `load` and returns its result with the CPU ms per request that `measure` saw meanwhile. */
export async function withCpu<T extends { requests: number }>(
  measure: () => number,
  load: () => Promise<T>,
): Promise<T & { cpuMsPerRequest: number }> {
  const before = measure();
  const result = await load();
  return { ...result, cpuMsPerRequest: (measure() - before) / Math.max(1, result.requests) };
}

/** This process's own CPU time in ms (for in-process targets). */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Resident memory (VmRSS) of a process and all its descendants, in bytes; Linux /proc only. */
export function treeRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  let total = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(" ") : []) {
      try {
        total += treeRssBytes(Number(child));
      } catch {
        // the child exited between the two reads
      }
    }
  }
  return total;
}
