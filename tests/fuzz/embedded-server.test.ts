import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Route } from "@/lib/local-egp/http/router";
import { allRoutes } from "@/lib/local-egp/routes";
import type { Services } from "@/lib/local-egp/services/context";
import { TEST_ADMIN_KEY, callJson, openTestEgp, type TestEgp } from "@/lib/local-egp/testing/open-test-egp";
import {
  assertPrototypeClean,
  bodyText,
  contentType,
  encodePart,
  pathSegment,
  queryString,
  runsPerRoute,
} from "./arbitraries";
import { expectReadableClientError } from "./expect-answer";

// Only the method/pattern table is read here; no handler runs against these services.
const routes: Route[] = allRoutes({} as Services);
const RUNS = runsPerRoute(0.6, routes.length);

let egp: TestEgp;
let known: string[] = [];

beforeAll(async () => {
  egp = await openTestEgp();
  const models = await callJson(egp, "GET", "/v4/models?limit=3&view=Deployments");
  const templates = await callJson(egp, "GET", "/v4/model-templates?limit=2");
  known = [
    ...models.body.items.flatMap((m: { id: string; deployments: { id: string }[] }) => [
      m.id,
      ...m.deployments.map((d) => d.id),
    ]),
    ...templates.body.items.map((t: { id: string }) => t.id),
  ];
});
afterAll(async () => {
  await egp?.close();
});

function pathFor(pattern: string) {
  const parts = pattern.split(/(\{\w+(?::[^}]+)?\})/).filter(Boolean);
  return fc
    .tuple(
      ...parts.map((part) => {
        const m = /^\{(\w+)(?::([^}]+))?\}$/.exec(part);
        if (!m) return fc.constant(part);
        if (m[2]) return fc.constantFrom(...m[2].split("|"));
        return pathSegment(known).map((s) => (s.includes("%") ? s : encodePart(s)));
      }),
    )
    .map((segments) => segments.join(""));
}

const keyHeader = fc.oneof(
  { weight: 8, arbitrary: fc.constant(TEST_ADMIN_KEY) },
  { weight: 1, arbitrary: fc.constantFrom("", "nope", "__proto__", "x".repeat(5000)) },
);

describe("embedded server under adversarial input", () => {
  it.each(routes.map((r) => [r.method, r.pattern, r] as const))(
    "%s %s",
    async (method, pattern) => {
      await fc.assert(
        fc.asyncProperty(
          pathFor(pattern),
          queryString,
          bodyText,
          keyHeader,
          contentType,
          async (path, query, body, key, type) => {
            const headers: Record<string, string> = { "x-api-key": key };
            if (type !== null) headers["content-type"] = type;
            const hasBody = method !== "GET" && method !== "HEAD";
            const response = await egp.handle(
              new Request(`http://local${path}?${query}`, {
                method,
                headers,
                // A string body would get text/plain from fetch; a Blob without a type sends none.
                body: hasBody && body !== undefined ? (type === null ? new Blob([body]) : body) : undefined,
              }),
            );
            await expectReadableClientError(response, "egp");
            assertPrototypeClean();
          },
        ),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  it("still serves a valid request afterwards, with prototypes intact", async () => {
    const group = await callJson(egp, "POST", "/v4/model-groups", {
      body: { name: "after-fuzz", account_id: egp.bootstrap.accountId },
    });
    expect(group.status).toBe(200);
    const list = await callJson(egp, "GET", "/v4/model-groups?limit=100");
    expect(list.status).toBe(200);
    expect(list.body.items.map((g: { name: string }) => g.name)).toContain("after-fuzz");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    assertPrototypeClean();
  });
});
