import type { components } from "./egp/schema.gen";

/**
 * The one role model of the console API, the UI and the embedded server. The spec's roles map onto
 * three levels; an action needs a level. Pure and dependency-free: the browser, the console's
 * routes and the embedded server (on its own thread) all import it.
 */

/** The spec's `Role` enum. */
export type Role = components["schemas"]["Role"];
export type Level = "viewer" | "member" | "admin";

export const LEVELS = { viewer: 1, member: 2, admin: 3 } as const satisfies Record<Level, number>;

// `satisfies Record<Role, …>` on this literal fails the build when the spec adds or drops a role.
const LEVEL_OF_ROLE = {
  manager: "admin",
  admin: "admin",
  editor: "member",
  member: "member",
  labeler: "viewer",
  disabled: null,
  invited: null,
  viewer: "viewer",
} as const satisfies Record<Role, Level | null>;

/** Every role of the spec, in the spec's order. */
export const ROLES = Object.keys(LEVEL_OF_ROLE) as readonly Role[];

/**
 * The roles the console's users page and the embedded server's user routes assign: one per level.
 * The spec's other names arrive from a remote EGP or the users CLI and are honoured all the same.
 */
export const ASSIGNABLE_ROLES = ["admin", "member", "viewer"] as const satisfies readonly Role[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export function isRole(role: string): role is Role {
  // own keys only: "constructor" or "__proto__" is an unknown role, not a level
  return Object.hasOwn(LEVEL_OF_ROLE, role);
}

/** The level of a role; 0 for disabled, invited and anything the spec does not name. */
export function levelOf(role: string | null | undefined): number {
  if (role == null || !isRole(role)) return 0;
  const level = LEVEL_OF_ROLE[role];
  return level === null ? 0 : LEVELS[level];
}

/** Level-0 roles read nothing in that account. */
export function isUsableRole(role: string | null | undefined): boolean {
  return levelOf(role) > 0;
}

/** The name of a level, for messages; "none" below viewer. */
export function levelName(level: number): Level | "none" {
  if (level >= LEVELS.admin) return "admin";
  if (level >= LEVELS.member) return "member";
  return level >= LEVELS.viewer ? "viewer" : "none";
}

/** Every action a layer checks, and the level it needs. Each write covers create, update and delete. */
export const ACTIONS = {
  read: "viewer",
  "models:write": "member",
  "models:execute": "member",
  "deployments:write": "member",
  "groups:write": "member",
  "files:write": "member",
  "templates:write": "admin",
  "users:manage": "admin",
} as const satisfies Record<string, Level>;
export type Action = keyof typeof ACTIONS;

export function levelFor(action: Action): Level {
  return ACTIONS[action];
}

/** Whether a role may perform an action; a missing role may do nothing. */
export function can(role: string | null | undefined, action: Action): boolean {
  return levelOf(role) >= LEVELS[ACTIONS[action]];
}
