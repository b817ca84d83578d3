import { describe, expect, it } from "vitest";

import { distinguishing, sameNamed } from "./same-name";

const NOW = Date.parse("2026-06-01T12:00:00Z");

describe("distinguishing", () => {
  it("says the tag, the age from the given clock and the first 8 characters of the id", () => {
    const item = { id: "0f3a9c12-aaaa-bbbb", created_at: "2026-06-01T09:00:00Z" };
    expect(distinguishing(item, "1.2.0", NOW)).toBe("tag 1.2.0 · 3 hours ago · id 0f3a9c12");
  });

  it("leaves the tag out when there is none", () => {
    const item = { id: "deadbeef-1", created_at: "2026-05-30T12:00:00Z" };
    expect(distinguishing(item, null, NOW)).toBe("2 days ago · id deadbeef");
    expect(distinguishing(item, "", NOW)).toBe("2 days ago · id deadbeef");
  });
});

describe("sameNamed", () => {
  it("finds every item whose label another item shares, and only those", () => {
    const items = [
      { id: "a", name: "rerank" },
      { id: "b", name: "embed" },
      { id: "c", name: "rerank" },
      { id: "d", name: "chat" },
      { id: "e", name: "rerank" },
    ];
    const shared = sameNamed(items, (item) => item.name);
    expect([...shared].map((item) => item.id)).toEqual(["a", "c", "e"]);
  });

  it("compares labels exactly: case and spacing tell names apart", () => {
    const items = [{ name: "Rerank" }, { name: "rerank" }, { name: "rerank " }];
    expect(sameNamed(items, (item) => item.name).size).toBe(0);
  });
});
