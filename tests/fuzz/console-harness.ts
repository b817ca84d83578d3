import { readdirSync } from "node:fs";
import path from "node:path";

export type RouteHandler = (
  request: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
export type ConsoleRoute = { file: string; method: string; params: string[]; handler: RouteHandler };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every handler under app/api, found on disk so routes added later are fuzzed without editing this test. */
export async function consoleRoutes(root = path.resolve("app/api")): Promise<ConsoleRoute[]> {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .sort();
  const routes: ConsoleRoute[] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const params = [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
    for (const method of METHODS) {
      const handler = mod[method];
      if (typeof handler === "function")
        routes.push({ file: `app/api/${file}`, method, params, handler: handler as RouteHandler });
    }
  }
  return routes;
}
