import "server-only";
import type { Db } from "../db/open";
import type { HostPattern } from "../engines/outbound";
import type { ParameterLayer } from "../runtime/outbound-policy";
import type { SecretSetters } from "../schemas/creation-params";
import { modelDeploymentRows, type DeploymentRow } from "../store/deployments";
import type { ModelRow } from "../store/models";
import {
  checkOutbound,
  settersOf,
  templateSource,
  writeParameters,
  type Caller,
  type OutboundChange,
} from "./outbound-checks";

type Params = Record<string, unknown> | null | undefined;
type Written = { params: Params; setters: SecretSetters | undefined };
type Opts = { caller: Caller; allowedHosts: readonly HostPattern[] };

const paramsOf = (body: Record<string, unknown>) =>
  body.model_creation_parameters as Record<string, unknown> | undefined;
const storedLayer = (row: ModelRow | DeploymentRow): Written => ({
  params: paramsOf(row.body),
  setters: settersOf(row.body),
});

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
  return {
    ...writeParameters(incoming, { params: paramsOf(row.body), setters: settersOf(row.body) }, caller),
    changed: true,
  };
}

/** A model's own configuration and, on update, every deployment built on it. */
export async function checkModelOutbound(
  db: Db,
  opts: Opts,
  row: ModelRow | null,
  after: { accountId: string; templateId: string | null | undefined } & Written,
): Promise<void> {
  const template = await templateSource(db, after.accountId, after.templateId);
  const afterLayer: ParameterLayer = { params: after.params, setters: after.setters };
  if (!row) {
    const change = { before: [template.layer], after: [template.layer, afterLayer] };
    return checkOutbound(template, [change], { ...opts, create: true });
  }
  const previous =
    row.modelTemplateId === after.templateId
      ? template
      : await templateSource(db, row.accountId, row.modelTemplateId);
  const before = [previous.layer, storedLayer(row)];
  const now = [template.layer, afterLayer];
  const changes: OutboundChange[] = [{ before, after: now }];
  for (const deployment of await modelDeploymentRows(db, row.id)) {
    const own = storedLayer(deployment);
    changes.push({ before: [...before, own], after: [...now, own] });
  }
  checkOutbound(template, changes, { ...opts, create: false });
}

/** A deployment's configuration: template env, then its model's parameters, then its own. */
export async function checkDeploymentOutbound(
  db: Db,
  opts: Opts,
  model: ModelRow,
  previous: DeploymentRow | null,
  after: Written,
): Promise<void> {
  const template = await templateSource(db, model.accountId, model.modelTemplateId);
  const base = [template.layer, storedLayer(model)];
  const change = {
    before: previous ? [...base, storedLayer(previous)] : base,
    after: [...base, { params: after.params, setters: after.setters }],
  };
  checkOutbound(template, [change], { ...opts, create: !previous });
}
