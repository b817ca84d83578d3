import { describe, expect, it } from "vitest";
import { bySameName, sameTemplateName } from "./same-name";

const t = (name: string, created_at: string) => ({ name, created_at });

describe("bySameName", () => {
  const templates = [
    t("bm25", "2026-01-01T00:00:00Z"),
    t("Hash Embedding", "2026-02-01T00:00:00Z"),
    t("hash embedding v2", "2026-03-01T00:00:00Z"),
    t("hash embedding ", "2026-04-01T00:00:00Z"),
  ];

  it("puts the templates of that name first, newest first, whatever their case and outer spaces", () => {
    const { same, others } = bySameName(templates, "  HASH embedding");
    expect(same.map((x) => x.created_at)).toEqual(["2026-04-01T00:00:00Z", "2026-02-01T00:00:00Z"]);
    expect(others.map((x) => x.name)).toEqual(["bm25", "hash embedding v2"]);
  });

  it("with no name, or one no template has, every template is among the others, in order", () => {
    for (const name of [null, undefined, "", "   ", "nothing"]) {
      const { same, others } = bySameName(templates, name);
      expect(same).toEqual([]);
      expect(others).toEqual(templates);
    }
  });

  it("an empty name is the same as no other", () => {
    expect(sameTemplateName("", "")).toBe(false);
    expect(sameTemplateName("a", "A ")).toBe(true);
  });
});
