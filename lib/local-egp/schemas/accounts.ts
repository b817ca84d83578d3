import { z } from "zod";
import { idString } from "./text";

/** Unknown keys are ignored (the spec does not forbid them). The spec: 1 to 50 characters once leading and trailing whitespace is stripped. */
const accountName = () =>
  z
    .string()
    .trim()
    .min(1, "String should have at least 1 character")
    .max(50, "String should have at most 50 characters");

export const AccountRequestSchema = z.object({
  account_group_id: idString().min(1),
  name: accountName(),
});
export type AccountRequest = z.output<typeof AccountRequestSchema>;

export const AccountPatchSchema = z.object({
  account_group_id: idString().min(1).optional(),
  name: accountName().optional(),
});
export type AccountPatch = z.output<typeof AccountPatchSchema>;
