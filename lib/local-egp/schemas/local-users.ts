import { z } from "zod";

/** The three levels the local server enforces; the spec's other role names map onto them. */
export const LocalRoleSchema = z.enum(["admin", "member", "viewer"]);

export const NewUserSchema = z.object({ email: z.email().max(320), role: LocalRoleSchema }).strict();

export const RolePatchSchema = z.object({ role: LocalRoleSchema }).strict();
