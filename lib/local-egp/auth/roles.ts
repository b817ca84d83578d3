import { Forbidden } from "../domain/errors";

export const ROLES = [
  "manager",
  "admin",
  "editor",
  "member",
  "labeler",
  "disabled",
  "invited",
  "viewer",
] as const;
export type Role = (typeof ROLES)[number];
export type Level = "admin" | "member" | "viewer";

const rank: Record<Level, number> = { viewer: 1, member: 2, admin: 3 };

/** Maps the spec's Role values onto the three levels the local server enforces. */
export function levelOf(role: string): number {
  if (role === "admin" || role === "manager") return rank.admin;
  if (role === "member" || role === "editor") return rank.member;
  if (role === "viewer" || role === "labeler") return rank.viewer;
  return 0;
}

export function requireLevel(role: string, needed: Level, action: string): void {
  if (levelOf(role) < rank[needed]) {
    throw new Forbidden(`Your role "${role}" may not ${action}; the ${needed} role or higher is required`);
  }
}

export const LEVEL_RANK = rank;

/** The level of a rank, for messages and for recording who set a secret. */
export function levelName(level: number): Level | "none" {
  if (level >= rank.admin) return "admin";
  if (level >= rank.member) return "member";
  return level >= rank.viewer ? "viewer" : "none";
}
