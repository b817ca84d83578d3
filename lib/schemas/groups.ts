import { z } from "zod";

export const groupSchema = z.object({
  name: z.string().trim().min(1, "Name the group.").max(200, "Keep the name under 200 characters."),
  description: z.string().trim().max(2000, "Keep the description under 2000 characters.").optional(),
});
export type GroupInput = z.infer<typeof groupSchema>;

export const groupPatchSchema = groupSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Change something.");
export type GroupPatch = z.infer<typeof groupPatchSchema>;
