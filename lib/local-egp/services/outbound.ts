import "server-only";
import { levelOf } from "../auth/roles";
import type { Db } from "../db/open";
import { Invalid, type ValidationIssue } from "../domain/errors";
import { templateAllowList, type HostPattern } from "../engines/outbound";
import { LOCAL_REGISTRY, type LocalImage } from "../engines/types";
import { isLocalImage } from "../runtime/engine-spec";
import { allowListIssues, outboundOf, secretMoves, type ParameterLayer } from "../runtime/outbound-policy";
import { modelDeploymentRows, type DeploymentRow } from "../store/deployments";
import type { ModelRow } from "../store/models";
import { getTemplateRow, templateConfiguration } from "../store/templates";
import { parametersOf, settersOf, type Caller, type Written } from "./parameters";

type Opts = { caller: Caller; allowedHosts: readonly HostPattern[] };

const storedLayer = (row: ModelRow | DeploymentRow): ParameterLayer => ({
  params: parametersOf(row),
  setters: settersOf(row),
});

/** The local engine a template runs and the env its admin set; `image` null when nothing runs here. */
export type TemplateSource = { image: LocalImage | null; layer: ParameterLayer };

export async function templateSource(
  db: Db,
  accountId: string,
  templateId: string | null | undefined,
): Promise<TemplateSource> {
  const row = templateId ? await getTemplateRow(db, accountId, templateId).catch(() => null) : null;
  const bundle = templateConfiguration(row)?.bundle_config;
  const image = bundle?.registry === LOCAL_REGISTRY && isLocalImage(bundle.image) ? bundle.image : null;
  return { image, layer: { params: image ? bundle?.env : undefined, setters: "admin" } };
}

/** One engine configuration a write touches: the layers before and after it. */
export type OutboundChange = { before: ParameterLayer[]; after: ParameterLayer[] };

/**
 * Refuses (Invalid) a write that would send a secret to a URL its setter did not choose, unless the
 * caller's level is at least the setter's, and any URL off the allow-list. A create checks every
 * URL it would use; an update only those it changes.
 */
export function checkOutbound(
  template: TemplateSource,
  changes: OutboundChange[],
  opts: Opts & { create: boolean },
): void {
  if (!template.image) return;
  const image = template.image;
  const allowList = templateAllowList(image, template.layer.params, opts.allowedHosts);
  const issues = new Map<string, ValidationIssue>();
  for (const change of changes) {
    const before = outboundOf(image, change.before);
    const after = outboundOf(image, change.after);
    const found = [
      ...allowListIssues(after, allowList, opts.create ? undefined : before),
      ...secretMoves(before, after, levelOf(opts.caller.role)),
    ];
    for (const { key, msg } of found) {
      issues.set(`${key}\n${msg}`, {
        loc: ["body", "model_creation_parameters", key],
        msg,
        type: "value_error",
      });
    }
  }
  if (issues.size) throw new Invalid([...issues.values()]);
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
