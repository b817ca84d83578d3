import { PGlite } from "@electric-sql/pglite";
const db = new PGlite(process.argv[2]);
await db.query("create table if not exists t(x int)");
await db.query("insert into t values (1)");
console.log("ok", (await db.query("select count(*) from t")).rows[0]);
if (process.argv[3] === "hang") setInterval(() => {}, 1000);
