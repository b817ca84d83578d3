import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { openDb } from "./open";
import { models } from "./schema";

const run = promisify(execFile);

test.skipIf(Boolean(process.env.EGP_TEST_DATABASE_URL))(
  "a PGlite write acknowledged before the process is SIGKILLed is there after reopening",
  async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "egp-durable-"));
    try {
      const child = run(
        process.execPath,
        [
          "--import",
          "tsx",
          "--conditions=react-server",
          "lib/local-egp/testing/kill-after-write.ts",
          dataDir,
          "acked-model",
        ],
        { cwd: process.cwd() },
      );
      const error = await child.then(
        () => null,
        (e: { signal?: string; stdout?: string }) => e,
      );
      expect(error?.signal).toBe("SIGKILL");
      expect(error?.stdout).toBe("acked\n");
      const store = await openDb({ dataDir });
      try {
        const rows = await store.db
          .select({ name: models.name })
          .from(models)
          .where(eq(models.name, "acked-model"));
        expect(rows).toEqual([{ name: "acked-model" }]);
      } finally {
        await store.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  60_000,
);
