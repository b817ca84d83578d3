import type { AccountRole } from "@/lib/console-context";

export const CONSOLE_ACTIONS = [
  "templates:write",
  "models:write",
  "deployments:write",
  "groups:write",
  "execute",
  "users:manage",
] as const;
export type ConsoleAction = (typeof CONSOLE_ACTIONS)[number];

const ALLOWED_ROLES: Record<ConsoleAction, readonly AccountRole[]> = {
  "templates:write": ["admin"],
  "models:write": ["admin", "member"],
  "deployments:write": ["admin", "member"],
  "groups:write": ["admin", "member"],
  execute: ["admin", "member"],
  "users:manage": ["admin"],
};

/** Whether a role may perform an action; unknown roles get read-only access. */
export function roleCan(role: AccountRole | null, action: ConsoleAction): boolean {
  return role !== null && ALLOWED_ROLES[action].includes(role);
}
