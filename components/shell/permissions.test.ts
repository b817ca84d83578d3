import { describe, expect, it } from "vitest";
import { CONSOLE_ACTIONS, roleCan } from "./permissions";

describe("roleCan", () => {
  it("lets only admins write templates", () => {
    expect(roleCan("admin", "templates:write")).toBe(true);
    expect(roleCan("member", "templates:write")).toBe(false);
    expect(roleCan("viewer", "templates:write")).toBe(false);
  });

  it("lets admins and members write models, deployments, groups and execute", () => {
    for (const action of ["models:write", "deployments:write", "groups:write", "execute"] as const) {
      expect(roleCan("admin", action)).toBe(true);
      expect(roleCan("member", action)).toBe(true);
      expect(roleCan("viewer", action)).toBe(false);
    }
  });

  it("lets only admins manage users", () => {
    expect(["admin", "member", "viewer"].map((role) => roleCan(role, "users:manage"))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("treats unknown roles and a missing account as read-only", () => {
    for (const action of CONSOLE_ACTIONS) {
      expect(roleCan("auditor", action)).toBe(false);
      expect(roleCan(null, action)).toBe(false);
    }
  });
});
