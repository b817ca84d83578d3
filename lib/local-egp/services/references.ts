import "server-only";
import type { Db } from "../db/open";
import { Conflict, Forbidden, Invalid, type ValidationIssue } from "../domain/errors";
import { validateCreationParameters } from "../schemas/creation-params";
import type { DeploymentRow } from "../store/deployments";
import { getGroupRow } from "../store/groups";
import type { ModelRow } from "../store/models";
import { getTemplateRow } from "../store/templates";
import { templateFields } from "./parameters";

const refIssue = (field: string, msg: string): ValidationIssue => ({
  loc: ["body", field],
  msg,
  type: "value_error",
});

const notFound = (what: string, id: string) =>
  id ? `${what} ${id} not found` : `${what} id is empty; leave it out or name one`;

async function exists(check: () => Promise<unknown>): Promise<boolean> {
  return check().then(
    () => true,
    () => false,
  );
}

/** A model's template and group must exist in the account; its parameters must fit the template's schema. */
export async function checkModelReferences(
  db: Db,
  accountId: string,
  input: {
    model_type?: string;
    model_template_id?: string | null;
    model_group_id?: string | null;
    model_creation_parameters?: Record<string, unknown> | null;
  },
): Promise<void> {
  const issues: ValidationIssue[] = [];
  // An empty id names nothing: it is refused like an unknown one, before it reaches a foreign key.
  const group = input.model_group_id;
  if (group != null && !(group && (await exists(() => getGroupRow(db, accountId, group))))) {
    issues.push(refIssue("model_group_id", notFound("Model group", group)));
  }
  if (input.model_template_id != null) {
    const id = input.model_template_id;
    const template = id ? await getTemplateRow(db, accountId, id).catch(() => null) : null;
    if (!template) {
      issues.push(refIssue("model_template_id", notFound("Model template", id)));
    } else {
      if (input.model_type && template.modelType !== input.model_type) {
        issues.push(
          refIssue("model_type", `The template makes ${template.modelType} models, not ${input.model_type}`),
        );
      }
      if (input.model_creation_parameters) {
        issues.push(...validateCreationParameters(templateFields(template), input.model_creation_parameters));
      }
    }
  }
  if (issues.length) throw new Invalid(issues);
}

/** Built-in models (and their deployments) are the instance's, not anyone's to change. */
export function assertModelMutable(model: ModelRow): void {
  if (model.builtin)
    throw new Forbidden(
      `Model "${model.name}" is built in; built-in models and their deployments are immutable`,
    );
}

export function assertDeploymentMutable(row: DeploymentRow): void {
  if (row.builtin)
    throw new Forbidden(`Deployment "${row.name}" belongs to a built-in model and is immutable`);
  if (row.status === "DELETE_IN_PROGRESS") throw new Conflict(`Deployment "${row.name}" is being deleted`);
}
