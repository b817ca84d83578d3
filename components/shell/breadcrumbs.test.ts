import { describe, expect, it } from "vitest";

import { breadcrumbsFromPath, phoneTrail } from "./breadcrumbs";
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

describe("phoneTrail", () => {
  it("shows the parent only, after an ellipsis up to the crumb before it; one crumb as it is", () => {
    expect(phoneTrail(0)).toEqual({ shown: null, ellipsisTo: null });
    expect(phoneTrail(1)).toEqual({ shown: 0, ellipsisTo: null });
    expect(phoneTrail(2)).toEqual({ shown: 0, ellipsisTo: null });
    expect(phoneTrail(3)).toEqual({ shown: 1, ellipsisTo: 0 });
    expect(phoneTrail(5)).toEqual({ shown: 3, ellipsisTo: 2 });
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
