import { LEVEL_RANK, levelName, type Level } from "../auth/roles";
import { settingKeys } from "../engines/config";
import {
  ALLOW_LIST_HINT,
  endpointOf,
  endpointText,
  hostAllowed,
  outboundUrlSettings,
  type HostPattern,
} from "../engines/outbound";
import { EngineLoadError, type EngineSpec, type LocalImage } from "../engines/types";
import { isSecretName, mergeParameters, withoutMasks, type SecretSetters } from "../schemas/creation-params";

/** One source of engine settings, in merge order: template env, model, deployment. */
export type ParameterLayer = {
  params: Record<string, unknown> | null | undefined;
  /** "admin" for a template's env: only admins write templates. */
  setters: SecretSetters | "admin" | undefined;
};

type Setting = { key: string; value: string };
type Outbound = { urls: Map<string, Setting>; secrets: Map<string, Setting & { level: number }> };
export type OutboundIssue = { key: string; msg: string };

const isValue = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function setterLevel(layer: ParameterLayer, key: string): number {
  if (layer.setters === "admin") return LEVEL_RANK.admin;
  // Secrets stored before setters were recorded count as an admin's: the safe side.
  return LEVEL_RANK[layer.setters?.[key]?.level as Level] ?? LEVEL_RANK.admin;
}

/** The outbound URLs and the secrets an engine would get from these layers, merged as the runtime merges them. */
export function outboundOf(image: LocalImage, layers: ParameterLayer[]): Outbound {
  const cleaned = layers.map((layer) => withoutMasks(layer.params) ?? {});
  const merged = mergeParameters(...cleaned);
  const urlNames = new Set(outboundUrlSettings(image));
  const result: Outbound = { urls: new Map(), secrets: new Map() };
  for (const [name, key] of settingKeys(merged)) {
    const value = String(merged[key]).trim();
    if (urlNames.has(name)) result.urls.set(name, { key, value: value.replace(/\/+$/, "") });
    if (!isSecretName(name)) continue;
    const source = cleaned.findLastIndex((params) => Object.hasOwn(params, key) && isValue(params[key]));
    result.secrets.set(name, { key, value, level: setterLevel(layers[source], key) });
  }
  return result;
}

const hostOf = (url: string | undefined) => {
  const endpoint = url ? endpointOf(url) : null;
  return endpoint ? endpointText(endpoint) : "another host";
};

/**
 * A secret set by a higher level than the caller's may only keep going where it already went:
 * same value, same URLs. Anything else (a new URL, or a secret newly inherited by this URL) needs
 * the caller to enter the secret themselves.
 */
export function secretMoves(before: Outbound, after: Outbound, callerLevel: number): OutboundIssue[] {
  if (after.urls.size === 0) return [];
  const names = new Set([...before.urls.keys(), ...after.urls.keys()]);
  const changed = [...names].find((name) => before.urls.get(name)?.value !== after.urls.get(name)?.value);
  const issues: OutboundIssue[] = [];
  for (const [name, secret] of after.secrets) {
    if (secret.level <= callerLevel) continue;
    if (!changed && before.secrets.get(name)?.value === secret.value) continue;
    const url = after.urls.get(changed ?? [...after.urls.keys()][0]);
    const who = `a user with the ${levelName(secret.level)} role`;
    const host = hostOf(url?.value);
    issues.push(
      changed
        ? {
            key: after.urls.get(changed)?.key ?? changed,
            msg: `${changed} changed: re-enter ${name} in the same request. The stored ${name} was set by ${who} and is not sent to a new host (${host}).`,
          }
        : {
            key: secret.key,
            msg: `Re-enter ${name} in the same request: the ${name} that would apply was set by ${who} for another URL and is not sent to ${host}.`,
          },
    );
  }
  return issues;
}

/** URLs outside the allow-list, or not http(s) at all; `unchangedFrom` skips URLs a write left as they were. */
export function allowListIssues(
  after: Outbound,
  allowList: readonly HostPattern[],
  unchangedFrom?: Outbound,
): OutboundIssue[] {
  const issues: OutboundIssue[] = [];
  for (const [name, url] of after.urls) {
    if (unchangedFrom?.urls.get(name)?.value === url.value) continue;
    const endpoint = endpointOf(url.value);
    if (!endpoint) {
      issues.push({ key: url.key, msg: `${name} must be an http(s) URL such as http://127.0.0.1:11434/v1` });
    } else if (!hostAllowed(allowList, endpoint)) {
      issues.push({
        key: url.key,
        msg: `${endpointText(endpoint)} is not on the engine allow-list (the hosts of the model template's own ${name}, plus EGP_ENGINE_ALLOWED_HOSTS); ${ALLOW_LIST_HINT}.`,
      });
    }
  }
  return issues;
}

/** The load-time guard: settings changed behind the API's back (or a narrowed allow-list) still stop here. */
export function assertOutboundAllowed(spec: EngineSpec, allowList: readonly HostPattern[]): void {
  const keys = settingKeys(spec.config);
  for (const name of outboundUrlSettings(spec.image)) {
    const key = keys.get(name);
    const endpoint = key ? endpointOf(String(spec.config[key]).trim()) : null;
    if (endpoint && !hostAllowed(allowList, endpoint)) {
      throw new EngineLoadError(
        `${spec.image}: ${name} points at ${endpointText(endpoint)}, which is not on the engine allow-list; ${ALLOW_LIST_HINT}.`,
      );
    }
  }
}
