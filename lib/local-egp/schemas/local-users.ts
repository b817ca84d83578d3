import { z } from "zod";
import { ASSIGNABLE_ROLES } from "@/lib/roles";

/** One role per level the local server enforces; the spec's other role names map onto them. */
export const LocalRoleSchema = z.enum(ASSIGNABLE_ROLES);

export const NewUserSchema = z.object({ email: z.email().max(320), role: LocalRoleSchema }).strict();

export const RolePatchSchema = z.object({ role: LocalRoleSchema }).strict();
