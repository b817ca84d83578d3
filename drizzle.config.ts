import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/local-egp/db/schema.ts",
  out: "./lib/local-egp/db/migrations",
});
