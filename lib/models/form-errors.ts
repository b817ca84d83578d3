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
    const path = ownPath(detail.path);
    const name = formFieldOf(detail.path, formFields);
    if (path[0] === PARAMETERS && path.length > 1) {
      split.parameters.push({ path: path.slice(1), message: detail.message });
    } else if (name !== null) split.fields.push({ name, message: detail.message });
    else split.other.push(path.length ? `${path.join(".")}: ${detail.message}` : detail.message);
  }
  return split;
}

const ownPath = (path: ApiErrorDetail["path"]) => (path[0] === "deployment" ? path.slice(1) : path);

/** The form field among `formFields` a detail names (see splitDetails), or null. */
export function formFieldOf(path: ApiErrorDetail["path"], formFields: readonly string[]): string | null {
  const own = ownPath(path);
  if (own.length === 0 || (own[0] === PARAMETERS && own.length > 1)) return null;
  const name = `${path[0] === "deployment" ? "deployment_" : ""}${String(own[0])}`;
  return formFields.includes(name) ? name : null;
}
