import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, kill, reap, startServer, type ServerProcess } from "./server-process";

const ADMIN_KEY = "restart-admin-key-0123456789abcdef";
const started: ServerProcess[] = [];
const others: ReturnType<typeof spawn>[] = [];
let dataDir = "";

afterAll(async () => {
  for (const server of started) await reap(server);
  for (const child of others) child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function userInfo(server: ServerProcess) {
  const response = await fetch(`http://127.0.0.1:${server.port}/user-info`, {
    headers: { "x-api-key": ADMIN_KEY },
  });
  return response.status;
}
const lockFile = () => path.join(dataDir, "egp.lock");

describe("restarting the embedded server right after a SIGKILL, on the same PGlite data dir", () => {
  it("takes over the lock of a killed process that is a zombie, or whose pid was recycled", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "egp-restart-"));
    const port = await freePort();
    const boot = async (unreaped = false) => {
      const server = await startServer({ port, dataDir, adminKey: ADMIN_KEY, unreaped });
      started.push(server);
      return server;
    };

    // Killed under a parent that does not reap it: the pid stays taken (a zombie) as the new one starts.
    const first = await boot(true);
    expect(await userInfo(first)).toBe(200);
    await kill(first);
    expect(() => process.kill(first.pid, 0)).not.toThrow();
    const second = await boot();
    expect(await userInfo(second)).toBe(200);
    expect(JSON.parse(await readFile(lockFile(), "utf8")).pid).toBe(second.pid);

    // Killed, and its pid handed to an unrelated live process before the restart.
    await kill(second);
    const unrelated = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"], { stdio: "ignore" });
    others.push(unrelated);
    const lock = JSON.parse(await readFile(lockFile(), "utf8"));
    await writeFile(lockFile(), JSON.stringify({ ...lock, pid: unrelated.pid }));
    const third = await boot();
    expect(await userInfo(third)).toBe(200);
  }, 240_000);
});
