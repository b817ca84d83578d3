import "server-only";
import { levelName, levelOf } from "../auth/roles";
import type { Parameters } from "../db/bodies";
import { readable } from "../db/stored-json";
import {
  isSecretName,
  layerParameters,
  resolveMasks,
  validateCreationParameters,
  type SecretSetters,
} from "../schemas/creation-params";
import type { ParameterSchemaField } from "../schemas/templates";
import type { DeploymentRow } from "../store/deployments";
import type { ModelRow } from "../store/models";
import type { TemplateRow } from "../store/templates";

export type Caller = { role: string; userId: string };
type Params = Parameters | null | undefined;
/** One layer of parameters as a write leaves it, with who set each secret in it. */
export type Written = { params: Params; setters: SecretSetters | undefined };

export const parametersOf = (row: ModelRow | DeploymentRow): Parameters | undefined =>
  row.body.model_creation_parameters ?? undefined;
export const settersOf = (row: ModelRow | DeploymentRow): SecretSetters | undefined =>
  readable(row.body.secret_setters);
const storedLayer = (row: ModelRow | DeploymentRow): Written => ({
  params: parametersOf(row),
  setters: settersOf(row),
});

/**
 * Resolves masks against the stored layer and records the caller as the setter of every secret
 * they sent; a secret kept through its mask keeps its setter (or none: counted as an admin's).
 */
export function writeParameters(
  incoming: Parameters,
  stored: Written,
  caller: Caller,
): { params: Parameters; setters: SecretSetters } {
  const { params, kept } = resolveMasks(incoming, stored.params);
  const level = levelName(levelOf(caller.role));
  const setters = new Map<string, SecretSetters[string]>();
  for (const key of Object.keys(params)) {
    if (!isSecretName(key)) continue;
    const previous = stored.setters && Object.hasOwn(stored.setters, key) ? stored.setters[key] : undefined;
    if (!kept.has(key))
      setters.set(key, { level: level === "none" ? "viewer" : level, user_id: caller.userId });
    else if (previous) setters.set(key, previous);
  }
  return { params, setters: Object.fromEntries(setters) };
}

/** Parameters of a new model or deployment: masks mean nothing yet, so they are dropped. */
export function newParameters(incoming: Params, caller: Caller): Written {
  if (!incoming) return { params: incoming, setters: undefined };
  return writeParameters(incoming, { params: undefined, setters: undefined }, caller);
}

/** A PATCH's parameters: absent keeps the stored layer, null clears it, an object replaces it. */
export function patchedParameters(
  row: ModelRow | DeploymentRow,
  incoming: Params,
  caller: Caller,
): Written & { changed: boolean } {
  if (incoming === undefined) return { ...storedLayer(row), changed: false };
  if (incoming === null) return { params: undefined, setters: undefined, changed: true };
  return { ...writeParameters(incoming, storedLayer(row), caller), changed: true };
}

export function templateFields(template: TemplateRow): ParameterSchemaField[] {
  return readable(template.body.model_creation_parameters_schema)?.parameters ?? [];
}

/**
 * A deployment's parameters against its template's schema, merged over its model's as the engine
 * gets them (layerParameters: a key the deployment sets to null inherits the model's value, it does
 * not unset it), so a required field may be set by either.
 */
export function deploymentParameterIssues(template: TemplateRow, model: ModelRow, own: Params) {
  return validateCreationParameters(templateFields(template), layerParameters(parametersOf(model), own));
}
