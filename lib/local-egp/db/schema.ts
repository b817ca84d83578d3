/**
 * The embedded server's tables, by area (db/tables/); drizzle-kit reads this barrel
 * (drizzle.config.ts), and the rest of the code imports tables from here.
 */
export * from "./tables/identity";
export * from "./tables/resources";
export * from "./tables/console";
export * from "./tables/usage";
export * from "./tables/training";
