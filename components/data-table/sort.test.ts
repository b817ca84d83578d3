import { describe, expect, it } from "vitest";
import { pageCount, rangeLabel } from "./pagination";
import { nextSort, parseAsSort, parseSort } from "./sort";
import { toListParams } from "./search-params";

describe("sort", () => {
  it("parses field:direction and rejects other shapes or unknown fields", () => {
    expect(parseSort("name:asc")).toEqual({ field: "name", direction: "asc" });
    expect(parseSort("name:up")).toBeNull();
    expect(parseSort("status:desc", ["name"])).toBeNull();
    expect(parseSort(null)).toBeNull();
  });

  it("cycles a header asc → desc → default, and starts over on another field", () => {
    expect(nextSort(null, "name")).toBe("name:asc");
    expect(nextSort("name:asc", "name")).toBe("name:desc");
    expect(nextSort("name:desc", "name")).toBeNull();
    expect(nextSort("name:desc", "created_at")).toBe("created_at:asc");
  });

  it("keeps only valid sorts in the URL parser", () => {
    const parser = parseAsSort(["name", "created_at"]);
    expect(parser.parse("created_at:desc")).toBe("created_at:desc");
    expect(parser.parse("secret:asc")).toBeNull();
  });
});

describe("pagination", () => {
  it("counts pages and labels the visible range", () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(23, 10)).toBe(3);
    expect(rangeLabel(2, 10, 23)).toBe("11–20 of 23");
    expect(rangeLabel(3, 10, 23)).toBe("21–23 of 23");
    expect(rangeLabel(1, 10, 0)).toBe("0 results");
    expect(rangeLabel(99, 25, 4)).toBe("None of 4 on this page");
    expect(rangeLabel(2, 2, 4)).toBe("3–4 of 4");
  });
});

describe("toListParams", () => {
  it("drops empty values, trims the search and clamps the page", () => {
    expect(toListParams({ page: 0, limit: 10, q: "  gpt ", sort: null, model_type: null })).toEqual({
      page: 1,
      limit: 10,
      q: "gpt",
    });
    expect(toListParams({ page: 3, limit: 25, q: "", sort: "name:asc", status: "READY" })).toEqual({
      page: 3,
      limit: 25,
      sort: "name:asc",
      status: "READY",
    });
  });
});
