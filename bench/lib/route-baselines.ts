import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { ADMIN_KEY, NEXT_BIN, ROOT } from "./console";
import { treeCpuMs, withCpu } from "./cpu";
import { cannon, type LoadResult } from "./load";
import { buildMinimalApp } from "./minimal-app";
import { freePort, stopChild, waitForHttp } from "./ports";

/** The baselines bench/server-overhead.ts measures the console's routes against, besides the in-process handler. */
export type BenchLoad = { connections: number; duration: number; warmup: number };
/** A load result with the server's CPU ms per request, when it could be told apart from the client's. */
export type Measured = LoadResult & { cpuMsPerRequest?: number };

/** A request the load sends: a GET of a path, or a POST of a body to a path found on the server. */
export type UpstreamCall =
  string | { post: string; path: (get: (path: string) => Promise<unknown>) => Promise<string> };

/**
 * The embedded server on its own node:http server (scripts/local-egp-server.ts, in-process, no worker
 * thread): what HTTP alone adds to the handler. Asked for a path, or to POST a body (`call`).
 */
export async function embeddedOverHttp(load: BenchLoad, call: UpstreamCall): Promise<Measured> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bench-egp-http-"));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      "scripts/local-egp-server.ts",
      "--port",
      String(port),
    ].concat(["--data-dir", dataDir, "--admin-key", ADMIN_KEY, "--quiet"]),
    { cwd: ROOT, stdio: "ignore", env: { ...process.env, DATABASE_URL: "" } },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/user-info`, { child });
    const get = async (p: string) =>
      (await fetch(`${base}${p}`, { headers: { "x-api-key": ADMIN_KEY } })).json() as Promise<unknown>;
    const target: { url: string; method?: string; body?: string; headers: Record<string, string> } =
      typeof call === "string"
        ? { url: `${base}${call}`, headers: { "x-api-key": ADMIN_KEY } }
        : {
            url: `${base}${await call.path(get)}`,
            method: "POST",
            body: call.post,
            headers: { "x-api-key": ADMIN_KEY, "content-type": "application/json" },
          };
    await cannon({ ...target, connections: load.connections, duration: load.warmup });
    return await withCpu(
      () => treeCpuMs(child.pid!),
      () => cannon({ ...target, connections: load.connections, duration: load.duration }),
    );
  } finally {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Next's own floor: routes of the minimal app (same next, `next start`) that answer the same bytes, the
 * list's to a GET and the execution's to the same POST (its body read).
 */
export async function nextFloor(
  load: BenchLoad,
  listBody: string,
  executeBody: string,
  executeRequest: string,
): Promise<{ list: Measured; execute: Measured }> {
  const dir = buildMinimalApp();
  writeFileSync(path.join(dir, "list.json"), listBody);
  writeFileSync(path.join(dir, "execute.json"), executeBody);
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", NEXT_DIST_DIR: "" },
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/list`, { child });
    const targets = {
      list: { url: `${base}/api/list` },
      execute: {
        url: `${base}/api/execute`,
        method: "POST" as const,
        headers: { "content-type": "application/json" },
        body: executeRequest,
      },
    };
    for (const target of Object.values(targets)) {
      await cannon({ ...target, connections: load.connections, duration: load.warmup });
    }
    const measure = (target: (typeof targets)[keyof typeof targets]) =>
      withCpu(
        () => treeCpuMs(child.pid!),
        () => cannon({ ...target, connections: load.connections, duration: load.duration }),
      );
    return { list: await measure(targets.list), execute: await measure(targets.execute) };
  } finally {
    await stopChild(child);
  }
}

/** A bare node:http server answering `body`: what any server on this machine can reach at best. */
export async function bareHttp(load: BenchLoad, body: string): Promise<LoadResult> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await cannon({ url, connections: load.connections, duration: load.warmup });
    return await cannon({ url, connections: load.connections, duration: load.duration });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
