import { ACTIONS, LEVELS, levelOf, type Action, type Level } from "@/lib/roles";
import { Forbidden } from "../domain/errors";

export { ROLES, levelName, levelOf, type Action, type Level, type Role } from "@/lib/roles";

/** 403 in FastAPI's shape unless the role reaches `needed`; `action` words the refusal. */
export function requireLevel(role: string, needed: Level, action: string): void {
  if (levelOf(role) < LEVELS[needed]) {
    throw new Forbidden(`Your role "${role}" may not ${action}; the ${needed} role or higher is required`);
  }
}

/** requireLevel with the level the console's action table gives `check`. */
export function requireAction(role: string, check: Action, action: string): void {
  requireLevel(role, ACTIONS[check], action);
}

export const LEVEL_RANK = LEVELS;
