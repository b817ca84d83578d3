import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const SCRIPT = path.resolve("scripts/local-egp-server.ts");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type ServerProcess = {
  child: ChildProcess;
  /** The server's own pid: child's, or under `unreaped` the grandchild's. */
  pid: number;
  port: number;
  /** The last 4000 characters of its stderr, for failure messages. */
  stderr: () => string;
  /** Its whole log (stderr), to count what it did. */
  log: () => string;
};

/** Starts scripts/local-egp-server.ts as a child and resolves once it prints "listening <port>". */
export function startServer(opts: {
  port: number;
  dataDir: string;
  adminKey: string;
  /** PostgreSQL instead of PGlite in dataDir. */
  databaseUrl?: string;
  args?: string[];
  /**
   * Run it under a parent that never reaps it (sh execs into sleep): once killed it stays a zombie, which
   * kill(pid, 0) still reports alive, as a console killed under a busy supervisor would.
   */
  unreaped?: boolean;
}): Promise<ServerProcess> {
  // node --import tsx rather than the tsx CLI: the CLI forks a second process, which a SIGKILL would orphan.
  const command = [
    process.execPath,
    "--import",
    "tsx",
    "--conditions=react-server",
    SCRIPT,
    "--port",
    String(opts.port),
    "--data-dir",
    opts.dataDir,
    "--admin-key",
    opts.adminKey,
    ...(opts.args ?? []),
  ];
  const child = spawn(
    opts.unreaped ? "sh" : command[0],
    opts.unreaped
      ? ["-c", '"$@" & echo "server-pid $!"; exec sleep 600', "sh", ...command]
      : command.slice(1),
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: opts.databaseUrl ?? "" } },
  );
  let all = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    all += chunk.toString();
  });
  const err = () => all.slice(-4000);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${err()}`)), 90_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const pid = opts.unreaped ? Number(/server-pid (\d+)/.exec(out)?.[1]) : child.pid!;
        resolve({ child, pid, port: Number(m[1]), stderr: err, log: () => all });
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening (${code ?? signal}):\n${err()}`));
    });
  });
}

/** SIGKILL, as a crash or an OOM kill would: no shutdown code runs. */
export async function kill(server: ServerProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (server.pid !== server.child.pid) return killUnreaped(server, signal);
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill(signal);
  await exited;
}

/** Kills the server and waits, with a deadline, until it is a zombie; its never-reaping parent lives on. */
async function killUnreaped(server: ServerProcess, signal: NodeJS.Signals) {
  const state = () => {
    try {
      const stat = readFileSync(`/proc/${server.pid}/stat`, "utf8");
      return stat[stat.lastIndexOf(")") + 2];
    } catch {
      return "gone";
    }
  };
  if (state() !== "Z" && state() !== "gone") process.kill(server.pid, signal);
  for (const deadline = Date.now() + 10_000; state() !== "Z" && state() !== "gone";) {
    if (Date.now() > deadline) throw new Error(`process ${server.pid} did not die`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Ends the parent of an unreaped server (which reaps the zombie with it). */
export async function reap(server: ServerProcess): Promise<void> {
  await kill({ ...server, pid: server.child.pid! });
}
