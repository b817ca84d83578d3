import type { ModelTemplate } from "@/lib/egp/types";
import type { ModelCli } from "@/lib/models/cli-format";
import type { ModelFormValues } from "@/lib/schemas/models";

/** The form's starting point: empty, or what an imported model.json says. */
export function newModelDefaults(imported: ModelCli | null) {
  const name = imported?.name ?? "";
  const values: ModelFormValues = {
    name,
    display_name: imported?.display_name ?? "",
    description: imported?.description ?? "",
    model_card: imported?.model_card ?? "",
    model_group_id: imported?.model_group_id ?? "",
    deploy: true,
    deployment_name: name ? `${name}-deployment` : "",
  };
  return { values, parameters: imported?.model_creation_parameters ?? {} };
}

const optional = (value: string) => (value.trim() ? value : undefined);

/** The POST /api/models body: the template decides the model type; empty optional fields are left out. */
export function modelBody(
  template: ModelTemplate,
  values: ModelFormValues,
  parameters: Record<string, unknown>,
) {
  return {
    name: values.name,
    model_type: template.model_type,
    model_template_id: template.id,
    display_name: optional(values.display_name),
    description: optional(values.description),
    model_card: optional(values.model_card),
    model_group_id: optional(values.model_group_id),
    model_creation_parameters: parameters,
  };
}

/** What the form holds now, as the CLI's model.json. */
export function newModelCliJson(
  template: ModelTemplate,
  values: ModelFormValues,
  parameters: Record<string, unknown>,
) {
  const body = modelBody(template, values, parameters);
  const ordered = {
    name: body.name,
    model_type: body.model_type,
    model_template_id: body.model_template_id,
    model_creation_parameters: body.model_creation_parameters,
    display_name: body.display_name,
    description: body.description,
    model_card: body.model_card,
    model_group_id: body.model_group_id,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
