import { describe, expect, test } from "vitest";
import type { Services } from "../services/context";
import { allRoutes } from "./index";

// Routes whose level is checked by their verb: the body's account_id picks the account (inAccount), the
// rule depends on whose key it is, or the account is the path's (or the organization's), not the selected one.
const CHECKED_BY_VERB = new Set([
  "POST /{version:v3|v4}/model-templates",
  "POST /{version:v3|v4}/models",
  "POST /{version:v3|v4}/models/{model_id}/deployments",
  "POST /{version:v3|v4}/model-groups",
  "POST /{version:v3|v4}/training-datasets",
  "POST /{version:v3|v4}/fine-tuning-jobs",
  "POST /local/users/{user_id}/api-keys",
  "DELETE /local/api-keys/{key_id}",
  "POST /v4/accounts",
  "PATCH /v4/accounts/{id}",
]);

describe("the route table declares each route's level", () => {
  const routes = allRoutes({} as Services);

  // HEAD is a read too (the file content route has one).
  test("every write needs more than the viewer level, unless its verb checks it", () => {
    const loose = routes
      .filter((r) => r.method !== "GET" && r.method !== "HEAD" && r.needs === "read")
      .map((r) => `${r.method} ${r.pattern}`);
    expect(loose.sort()).toEqual([...CHECKED_BY_VERB].sort());
  });

  test("a route that needs a level names the action for its message", () => {
    for (const route of routes.filter((r) => r.needs !== "read"))
      expect(route.action, `${route.method} ${route.pattern}`).toBeTruthy();
  });
});
