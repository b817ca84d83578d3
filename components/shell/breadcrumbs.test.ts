import { describe, expect, it } from "vitest";

import { breadcrumbsFromPath, phoneCrumb } from "./breadcrumbs";
import { modeLabel } from "./mode-badge";
import { isNavItemActive } from "./nav-items";

describe("breadcrumbsFromPath", () => {
  it("names sections after the navigation and keeps ids as they are", () => {
    expect(breadcrumbsFromPath("/models/abc%20123/new")).toEqual([
      { label: "Models", href: "/models" },
      { label: "abc 123", href: "/models/abc%20123" },
      { label: "New", href: "/models/abc%20123/new" },
    ]);
    expect(breadcrumbsFromPath("/")).toEqual([]);
  });
});

describe("phoneCrumb", () => {
  it("is the parent of the current page, or the only crumb", () => {
    expect(phoneCrumb(1)).toBe(0);
    expect(phoneCrumb(2)).toBe(0);
    expect(phoneCrumb(3)).toBe(1);
    expect(phoneCrumb(5)).toBe(3);
  });
});

describe("isNavItemActive", () => {
  it("matches the section and its sub-pages but not look-alike prefixes", () => {
    expect(isNavItemActive("/models", "/models")).toBe(true);
    expect(isNavItemActive("/models/m1", "/models")).toBe(true);
    expect(isNavItemActive("/models-archive", "/models")).toBe(false);
  });
});

describe("modeLabel", () => {
  it("shows Local, or Remote with the upstream host", () => {
    expect(modeLabel({ kind: "local" })).toBe("Local");
    expect(modeLabel({ kind: "remote", url: "https://api.egp.scale.com/v4" })).toBe(
      "Remote · api.egp.scale.com",
    );
  });
});
