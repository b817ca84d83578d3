import type { ApiErrorDetail } from "../api/errors";

/** Where each server error goes on the create-model page. */
export type SplitDetails = {
  /** Errors for the form's own fields, by field name. */
  fields: { name: string; message: string }[];
  /** Errors inside the parameters, with paths relative to the parameters object. */
  parameters: ApiErrorDetail[];
  /** Errors that name no field on the page. */
  other: string[];
};

const PARAMETERS = "model_creation_parameters";

/**
 * Sorts server `details` onto the page: model fields keep their names, the deployment's are
 * prefixed `deployment` by the container (["deployment", "name"] → "deployment_name"), and both
 * the model's and the deployment's parameter errors land in the parameters form.
 */
export function splitDetails(
  details: readonly ApiErrorDetail[],
  formFields: readonly string[],
): SplitDetails {
  const split: SplitDetails = { fields: [], parameters: [], other: [] };
  for (const detail of details) {
    const [head, ...rest] = detail.path;
    const path = head === "deployment" ? rest : detail.path;
    const prefix = head === "deployment" ? "deployment_" : "";
    if (path[0] === PARAMETERS && path.length > 1) {
      split.parameters.push({ path: path.slice(1), message: detail.message });
      continue;
    }
    const name = `${prefix}${String(path[0] ?? "")}`;
    if (path.length > 0 && formFields.includes(name)) split.fields.push({ name, message: detail.message });
    else split.other.push(path.length ? `${path.join(".")}: ${detail.message}` : detail.message);
  }
  return split;
}
