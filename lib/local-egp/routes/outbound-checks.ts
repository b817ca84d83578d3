import "server-only";
import { levelName, levelOf } from "../auth/roles";
import type { Db } from "../db/open";
import { templateAllowList, type HostPattern } from "../engines/outbound";
import { LOCAL_REGISTRY, type LocalImage } from "../engines/types";
import { unprocessable, type ValidationIssue } from "../http/errors";
import { isLocalImage } from "../runtime/engine-spec";
import { allowListIssues, outboundOf, secretMoves, type ParameterLayer } from "../runtime/outbound-policy";
import { isSecretName, resolveMasks, type SecretSetters } from "../schemas/creation-params";
import type { TemplateVendorConfiguration } from "../schemas/templates";
import { getTemplateRow } from "../store/templates";

export type Caller = { role: string; userId: string };
type Params = Record<string, unknown> | null | undefined;

export const settersOf = (body: Record<string, unknown>) => body.secret_setters as SecretSetters | undefined;

/**
 * Resolves masks against the stored layer and records the caller as the setter of every secret
 * they sent; a secret kept through its mask keeps its setter (or none: counted as an admin's).
 */
export function writeParameters(
  incoming: Record<string, unknown>,
  stored: { params: Params; setters: SecretSetters | undefined },
  caller: Caller,
): { params: Record<string, unknown>; setters: SecretSetters } {
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

/** The local engine a template runs and the env its admin set; `image` null when nothing runs here. */
export type TemplateSource = { image: LocalImage | null; layer: ParameterLayer };

export async function templateSource(
  db: Db,
  accountId: string,
  templateId: string | null | undefined,
): Promise<TemplateSource> {
  const row = templateId ? await getTemplateRow(db, accountId, templateId).catch(() => null) : null;
  const config = row?.body.vendor_configuration as TemplateVendorConfiguration | undefined;
  const bundle = config?.bundle_config;
  const local = bundle?.registry === LOCAL_REGISTRY && isLocalImage(bundle.image);
  return {
    image: local ? (bundle.image as LocalImage) : null,
    layer: { params: local ? bundle.env : undefined, setters: "admin" },
  };
}

/** One engine configuration a write touches: the layers before and after it. */
export type OutboundChange = { before: ParameterLayer[]; after: ParameterLayer[] };

/**
 * Refuses (422) a write that would send a secret to a URL its setter did not choose, unless the
 * caller's level is at least the setter's, and any URL off the allow-list. A create checks every
 * URL it would use; an update only those it changes.
 */
export function checkOutbound(
  template: TemplateSource,
  changes: OutboundChange[],
  opts: { caller: Caller; allowedHosts: readonly HostPattern[]; create: boolean },
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
  if (issues.size) throw unprocessable([...issues.values()]);
}
