import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { resetEnv } from "@/lib/env";
import { getLocalEgp } from "./index";

afterEach(() => {
  resetEnv();
});

// Each test starts real worker threads (tsx, then a fresh PGlite): seconds apiece, more on a loaded machine.
const WORKER_STARTS = 90_000;

test(
  "getLocalEgp is a process-wide singleton built from the environment",
  async () => {
    process.env.EGP_DATA_DIR = "memory://";
    process.env.EGP_LOCAL_ADMIN_KEY = "egp_singleton_key_0123456789";
    delete process.env.DATABASE_URL;
    resetEnv();
    const [a, b] = await Promise.all([getLocalEgp(), getLocalEgp()]);
    try {
      expect(a).toBe(b);
      expect(a.bootstrap.adminKey).toBe("egp_singleton_key_0123456789");
      const res = await a.handle(
        new Request("http://x/egp/user-info", { headers: { "x-api-key": "egp_singleton_key_0123456789" } }),
      );
      expect(res.status).toBe(200);
    } finally {
      await a.close();
    }
    const c = await getLocalEgp();
    expect(c).not.toBe(a);
    await c.close();
  },
  WORKER_STARTS,
);

test(
  "a start that failed is not cached: the next call starts the server again",
  async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "egp-singleton-"));
    try {
      // A data dir that cannot be created (its parent is a file), as a start that fails would.
      writeFileSync(path.join(dir, "file"), "");
      process.env.EGP_DATA_DIR = path.join(dir, "file", "data");
      process.env.EGP_LOCAL_ADMIN_KEY = "egp_singleton_key_0123456789";
      delete process.env.DATABASE_URL;
      resetEnv();
      await expect(getLocalEgp()).rejects.toThrow();
      process.env.EGP_DATA_DIR = "memory://";
      resetEnv();
      const egp = await getLocalEgp();
      await egp.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  WORKER_STARTS,
);
