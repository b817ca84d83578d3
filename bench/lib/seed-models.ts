import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createLocalEgp } from "../../lib/local-egp";
import type { Db } from "../../lib/local-egp/db/open";
import { openDb } from "../../lib/local-egp/db/open";
import { createModel } from "../../lib/local-egp/store/models";
import { ADMIN_KEY } from "./console";

const TYPES = ["COMPLETION", "CHAT_COMPLETION", "EMBEDDING", "RERANKING"] as const;

/** A fresh data dir whose store holds `total` models (the built-ins included), written through the store. */
export async function dataDirWithModels(total: number): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `bench-scale-${total}-`));
  const egp = await createLocalEgp({ dataDir, adminKey: ADMIN_KEY, log: () => undefined });
  const { accountId, adminUserId } = egp.bootstrap;
  const existing = (await (
    await egp.handle(new Request("http://local/v4/models?limit=1", { headers: { "x-api-key": ADMIN_KEY } }))
  ).json()) as { total_item_count: number };
  await egp.close();
  const store = await openDb({ dataDir });
  try {
    const missing = Math.max(0, total - existing.total_item_count);
    for (let start = 0; start < missing; start += 1000) {
      await store.db.transaction(async (tx) => {
        const db = tx as unknown as Db; // safe because a drizzle pg transaction offers the same query API
        for (let i = start; i < Math.min(missing, start + 1000); i++) {
          await createModel(db, accountId, adminUserId, {
            name: `scale-model-${String(i).padStart(5, "0")}`,
            display_name: `Scale model ${i}`,
            model_type: TYPES[i % TYPES.length],
            model_vendor: "OTHER",
            account_id: accountId,
            description: "Bench data for the list at scale",
          });
        }
      });
    }
  } finally {
    await store.close();
  }
  return dataDir;
}
