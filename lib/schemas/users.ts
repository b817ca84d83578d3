import { z } from "zod";
import { ASSIGNABLE_ROLES } from "../roles";

export const userRoleSchema = z.enum(ASSIGNABLE_ROLES, { error: "Pick a role" });

export const newUserSchema = z
  .object({
    email: z.email({ error: "Enter an email address" }).max(320),
    role: userRoleSchema,
  })
  .strict();
export type NewUser = z.infer<typeof newUserSchema>;

export const rolePatchSchema = z.object({ role: userRoleSchema }).strict();
export type RolePatch = z.infer<typeof rolePatchSchema>;
