import { z } from "zod";
import { ModelTypeValues } from "../egp/enums.gen";
import type { Model } from "../egp/types";
import { parameterValuesSchema } from "../schemas/models";
import { SECRET_MASK } from "./secret-hints";

/**
 * What an exported model.json holds where the API masked a secret: never the mask as if it were the
 * value. Importing the file (here) leaves those parameters empty, for the reader to enter again.
 */
export const SECRET_PLACEHOLDER = "<secret: enter it again>";

const exportedParameters = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === SECRET_MASK ? SECRET_PLACEHOLDER : v]));

const importedParameters = (params: Record<string, unknown> | undefined) =>
  params &&
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== SECRET_PLACEHOLDER && v !== SECRET_MASK));

/** The fields of the EGP CLI's model.json, in its order. */
const CLI_FIELDS = [
  "name",
  "model_type",
  "model_template_id",
  "base_model_id",
  "model_creation_parameters",
  "display_name",
  "description",
  "model_card",
  "training_data_card",
  "model_group_id",
] as const;

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);

export const modelCliSchema = z.object({
  name: z.string().min(1, "model.json needs a name."),
  model_type: z.enum(ModelTypeValues).optional(),
  model_template_id: optionalText,
  base_model_id: optionalText,
  model_creation_parameters: parameterValuesSchema
    .nullish()
    .transform((v) => importedParameters(v ?? undefined)),
  display_name: optionalText,
  description: optionalText,
  model_card: optionalText,
  training_data_card: optionalText,
  model_group_id: optionalText,
});
export type ModelCli = z.infer<typeof modelCliSchema>;

/** A model as the CLI's model.json: the request fields without ids, owner or timestamps. */
export function modelToCli(model: Model): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const field of CLI_FIELDS) {
    const value = model[field];
    if (value === undefined || value === null || value === "") continue;
    entries.push([
      field,
      field === "model_creation_parameters" ? exportedParameters(value as Record<string, unknown>) : value,
    ]);
  }
  return Object.fromEntries(entries);
}

export const modelToCliJson = (model: Model) => `${JSON.stringify(modelToCli(model), null, 2)}\n`;

export type ParsedModelCli = { ok: true; model: ModelCli } | { ok: false; message: string };

/** Reads a model.json; the message names the first problem in words a person can act on. */
export function parseModelCli(text: string): ParsedModelCli {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not valid JSON." };
  }
  const parsed = modelCliSchema.safeParse(json);
  if (parsed.success) return { ok: true, model: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, message: `${where}${issue.message}` };
}
