import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { getLocalEgp } from "@/lib/local-egp";
import { beginSession } from "@/lib/auth/live-session";
import { SESSION_COOKIE, newSession, sealSession } from "@/lib/session";
import {
  assertPrototypeClean,
  bodyText,
  contentType,
  pathSegment,
  queryString,
  runsPerRoute,
  wellFormed,
} from "./arbitraries";
import { consoleRoutes, type ConsoleRoute } from "./console-harness";
import { expectReadableClientError } from "./expect-answer";

const ADMIN_KEY = "console-fuzz-admin-key-0123456789abcdef";
const ORIGIN = "http://console.test";

let dataDir: string;
let cookie: string;
let routes: ConsoleRoute[] = [];
const known: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "console-fuzz-"));
  delete process.env.EGP_API_URL;
  process.env.EGP_DATA_DIR = dataDir;
  process.env.EGP_LOCAL_ADMIN_KEY = ADMIN_KEY;
  process.env.SESSION_SECRET = "console-fuzz-session-secret-0123456789abcdef";
  resetEnv();
  const egp = await getLocalEgp();
  const session = newSession({
    apiKey: ADMIN_KEY,
    user: { id: egp.bootstrap.adminUserId, email: "admin@local", name: null },
    accounts: [{ id: egp.bootstrap.accountId, name: "Local", role: "admin" }],
    accountId: egp.bootstrap.accountId,
  });
  await beginSession(session);
  cookie = `${SESSION_COOKIE}=${encodeURIComponent(await sealSession(session))}`;
  // Sign-out reads no input, and running it would leave every route after it fuzzed signed out.
  routes = (await consoleRoutes()).filter(
    (r) => !(r.method === "DELETE" && r.file === "app/api/session/route.ts"),
  );
  const models = await egp.handle(
    new Request("http://local/v4/models?limit=3&view=Deployments", { headers: { "x-api-key": ADMIN_KEY } }),
  );
  for (const model of (await models.json()).items as { id: string; deployments: { id: string }[] }[])
    known.push(model.id, ...model.deployments.map((d) => d.id));
}, 120_000);

afterAll(async () => {
  await (await getLocalEgp()).close();
  await rm(dataDir, { recursive: true, force: true });
});

function request(
  route: ConsoleRoute,
  query: string,
  body: string | undefined,
  sameOrigin: boolean,
  type: string | null,
) {
  const headers = new Headers({ host: "console.test", cookie });
  if (type !== null) headers.set("content-type", type);
  if (sameOrigin) headers.set("origin", ORIGIN);
  const hasBody = route.method !== "GET" && route.method !== "DELETE";
  return new Request(`${ORIGIN}/api/fuzz?${query}`, {
    method: route.method,
    headers,
    // A string body would get text/plain from fetch; a Blob without a type sends none.
    body: hasBody && body !== undefined ? (type === null ? new Blob([body]) : body) : undefined,
  });
}

describe("console routes under adversarial input (local mode)", () => {
  it("finds the route handlers", () => {
    expect(routes.map((r) => `${r.method} ${r.file}`)).toContain("GET app/api/models/route.ts");
  });

  it("answers every bad input below 500 with a readable envelope", async () => {
    const runs = runsPerRoute(0.4, routes.length);
    for (const route of routes) {
      // Next hands routes decoded params, so a lone surrogate can only arrive as U+FFFD.
      const segment = pathSegment(known).map(wellFormed);
      const params = fc.record(Object.fromEntries(route.params.map((name) => [name, segment])));
      await fc
        .assert(
          fc.asyncProperty(
            params,
            queryString,
            bodyText,
            fc.nat(9),
            contentType,
            async (values, query, body, originDie, type) => {
              const response = await route.handler(request(route, query, body, originDie > 0, type), {
                params: Promise.resolve(values as Record<string, string>),
              });
              await expectReadableClientError(response, "console");
              assertPrototypeClean();
            },
          ),
          { numRuns: runs },
        )
        .catch((error: Error) => {
          throw new Error(`${route.method} ${route.file}: ${error.message}`);
        });
    }
  }, 600_000);

  it("keeps serving: a valid list still answers afterwards", async () => {
    const models = routes.find((r) => r.method === "GET" && r.file === "app/api/models/route.ts")!;
    const response = await models.handler(
      new Request(`${ORIGIN}/api/models?limit=100`, { headers: { host: "console.test", cookie } }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: unknown[] };
    expect(page.items.length).toBeGreaterThan(0);
    assertPrototypeClean();
  });
});
