import { describe, expect, test } from "vitest";
import { jsonResponse, shared, stringify } from "./shared-json";

describe("shared-json", () => {
  const schema = { type: "object", properties: { text: { type: "string", description: 'a "quoted" é' } } };
  const items = [
    { id: "a", request_schema: schema, n: 1 },
    { id: "b", request_schema: schema, n: null, nested: { deep: [schema] } },
  ];

  test("answers JSON.stringify's bytes with each shared object spliced in", () => {
    const marked = items.map((item) => ({ ...item, request_schema: shared(item.request_schema) }));
    expect(marked[0].request_schema).not.toBe(schema);
    expect(stringify({ items: marked })).toBe(JSON.stringify({ items }));
  });

  test("a string that merely looks like a marker is left as it is", () => {
    const value = { text: "\\u0000egp-shared:0", other: "egp-shared:0" };
    expect(stringify(value)).toBe(JSON.stringify(value));
  });

  test("jsonResponse answers as Response.json does", async () => {
    const value = { items: items.map((item) => ({ ...item, request_schema: shared(schema) })) };
    const ours = jsonResponse(value);
    const theirs = Response.json({ items }, { status: 200 });
    expect(ours.status).toBe(200);
    expect(ours.headers.get("content-type")).toBe(theirs.headers.get("content-type"));
    expect(await ours.text()).toBe(await theirs.text());
  });
});
