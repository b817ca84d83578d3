import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callJson, openTestEgp, templateId, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp?.close();
});

const names = (body: { items: { name: string }[] }) => body.items.map((m) => m.name).sort();

describe("model list filters the console uses (extensions to the spec)", () => {
  test("origin separates built-in from custom models; vendor and template narrow", async () => {
    const template = await templateId(egp, "Local embedding");
    const created = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: "filters-custom",
        model_type: "EMBEDDING",
        model_vendor: "OPENAI",
        model_template_id: template,
        account_id: egp.bootstrap.accountId,
      },
    });
    expect(created.status).toBe(200);

    const builtin = await callJson(egp, "GET", "/v4/models?origin=builtin&limit=100");
    expect(builtin.body.items.length).toBeGreaterThan(0);
    expect(names(builtin.body)).not.toContain("filters-custom");
    const custom = await callJson(egp, "GET", "/v4/models?origin=custom&limit=100");
    expect(names(custom.body)).toEqual(["filters-custom"]);

    expect(names((await callJson(egp, "GET", "/v4/models?model_vendor=OPENAI")).body)).toEqual([
      "filters-custom",
    ]);
    const byTemplate = await callJson(egp, "GET", `/v4/models?model_template_id=${template}`);
    expect(names(byTemplate.body)).toEqual(["filters-custom"]);
  });

  test("bad filter values answer 422 with their loc", async () => {
    const origin = await callJson(egp, "GET", "/v4/models?origin=mine");
    expect(origin.status).toBe(422);
    expect(origin.body.detail[0].loc).toEqual(["query", "origin"]);
    const vendor = await callJson(egp, "GET", "/v4/models?model_vendor=ACME");
    expect(vendor.status).toBe(422);
    expect(vendor.body.detail[0].loc).toEqual(["query", "model_vendor"]);
  });

  test("sort by display_name orders by the shown name: the display name, else the name", async () => {
    const make = (name: string, display_name?: string) =>
      callJson(egp, "POST", "/v4/models", {
        body: { name, display_name, model_type: "EMBEDDING", account_id: egp.bootstrap.accountId },
      });
    // Lower case throughout, so the order is the same under every collation.
    await make("shown-x1", "shown-b");
    await make("shown-c");
    await make("shown-x2", "shown-d");
    const sorted = await callJson(egp, "GET", "/v4/models?name=shown-&sort_by=display_name:asc");
    const shown = sorted.body.items.map(
      (m: { name: string; display_name?: string }) => m.display_name || m.name,
    );
    expect(shown).toEqual(["shown-b", "shown-c", "shown-d"]);
  });
});
