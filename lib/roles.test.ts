import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  ASSIGNABLE_ROLES,
  LEVELS,
  ROLES,
  can,
  isUsableRole,
  levelName,
  levelOf,
  type Action,
} from "./roles";

// Written out by hand, not derived from the module: this table is what the spec's roles mean here.
const LEVEL: Record<string, number> = {
  manager: 3,
  admin: 3,
  editor: 2,
  member: 2,
  labeler: 1,
  viewer: 1,
  disabled: 0,
  invited: 0,
  auditor: 0,
  ADMIN: 0,
  "": 0,
  constructor: 0,
  ["__proto__"]: 0,
  toString: 0,
};

const ALLOWED: Record<Action, readonly string[]> = {
  read: ["manager", "admin", "editor", "member", "labeler", "viewer"],
  "models:write": ["manager", "admin", "editor", "member"],
  "models:execute": ["manager", "admin", "editor", "member"],
  "deployments:write": ["manager", "admin", "editor", "member"],
  "groups:write": ["manager", "admin", "editor", "member"],
  "files:write": ["manager", "admin", "editor", "member"],
  "templates:write": ["manager", "admin"],
  "users:manage": ["manager", "admin"],
};

const roles = Object.keys(Object.getOwnPropertyDescriptors(LEVEL));

describe("the role model", () => {
  it("lists the spec's roles, each one level", () => {
    expect([...ROLES].sort()).toEqual(
      ["admin", "disabled", "editor", "invited", "labeler", "manager", "member", "viewer"].sort(),
    );
    expect(LEVELS).toEqual({ viewer: 1, member: 2, admin: 3 });
  });

  it.each(roles)("%j has the expected level", (role) => {
    expect(levelOf(role)).toBe(LEVEL[role]);
    expect(isUsableRole(role)).toBe(LEVEL[role] > 0);
  });

  it("gives a missing role nothing", () => {
    expect(levelOf(null)).toBe(0);
    expect(levelOf(undefined)).toBe(0);
    for (const action of Object.keys(ACTIONS) as Action[]) expect(can(null, action)).toBe(false);
  });

  it("covers every action it is tested for", () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  const cells = (Object.keys(ALLOWED) as Action[]).flatMap((action) =>
    roles.map((role) => [role, action, ALLOWED[action].includes(role)] as const),
  );
  it.each(cells)("can(%j, %s) is %s", (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it("assigns one role per level, in the spec's names", () => {
    expect(ASSIGNABLE_ROLES.map(levelOf).sort()).toEqual([1, 2, 3]);
    for (const role of ASSIGNABLE_ROLES) expect(ROLES).toContain(role);
  });

  it("names levels for messages", () => {
    expect([0, 1, 2, 3, 4].map(levelName)).toEqual(["none", "viewer", "member", "admin", "admin"]);
  });
});
