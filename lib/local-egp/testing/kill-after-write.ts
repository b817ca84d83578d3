/** Child process for the durability test: acknowledges one write, then dies without closing anything. */
import { randomUUID } from "node:crypto";
import { bootstrap } from "../bootstrap";
import { openDb } from "../db/open";
import { models } from "../db/schema";

const [dataDir, name] = process.argv.slice(2);
const store = await openDb({ dataDir });
const info = await bootstrap(store.db, { seed: false });
await store.db.insert(models).values({
  id: randomUUID(),
  accountId: info.accountId,
  createdByUserId: info.adminUserId,
  name,
  modelType: "EMBEDDING",
});
process.stdout.write("acked\n");
process.kill(process.pid, "SIGKILL");
