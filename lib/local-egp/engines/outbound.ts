import type { LocalImage } from "./types";

/** The settings each image sends requests to (and its secrets with them). */
export const OUTBOUND_URL_SETTINGS: Partial<Record<LocalImage, readonly string[]>> = {
  "openai-compatible": ["BASE_URL"],
};

export const outboundUrlSettings = (image: LocalImage): readonly string[] =>
  OUTBOUND_URL_SETTINGS[image] ?? [];

/** A host pattern of EGP_ENGINE_ALLOWED_HOSTS: `*`, `host`, `host:port`, `*.domain`, `[v6]:port`. */
export type HostPattern =
  | { kind: "any" }
  | { kind: "host"; host: string; port?: string }
  | { kind: "suffix"; suffix: string; port?: string };

const PATTERN = /^(\*\.)?([a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;

/** Parses the comma-separated allow-list; a malformed entry throws with the entry named, never guessed at. */
export function parseAllowedHosts(list: string | undefined): HostPattern[] {
  const patterns: HostPattern[] = [];
  for (const entry of (list ?? "").split(",")) {
    const text = entry
      .trim()
      .toLowerCase()
      .replace(/\.(?=:|$)/, "");
    if (!text) continue;
    if (text === "*") {
      patterns.push({ kind: "any" });
      continue;
    }
    const match = PATTERN.exec(text);
    if (!match) {
      throw new Error(
        `EGP_ENGINE_ALLOWED_HOSTS: "${entry.trim()}" is not a host[:port] pattern (examples: *, 127.0.0.1:11434, api.example.com, *.example.com)`,
      );
    }
    const [, wildcard, host, port] = match;
    patterns.push(wildcard ? { kind: "suffix", suffix: `.${host}`, port } : { kind: "host", host, port });
  }
  return patterns;
}

/** Host and port as fetch will connect to them (WHATWG parsing, default ports filled in), or null. */
export function endpointOf(url: string): { host: string; port: string } | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const port = parsed.port || (parsed.protocol === "https:" ? "443" : "80");
  return { host: parsed.hostname.toLowerCase().replace(/\.$/, ""), port };
}

export const endpointText = (endpoint: { host: string; port: string }) => `${endpoint.host}:${endpoint.port}`;

function matches(pattern: HostPattern, endpoint: { host: string; port: string }): boolean {
  if (pattern.kind === "any") return true;
  if (pattern.port && pattern.port !== endpoint.port) return false;
  return pattern.kind === "host"
    ? pattern.host === endpoint.host
    : endpoint.host.endsWith(pattern.suffix) && endpoint.host.length > pattern.suffix.length;
}

/**
 * The allow-list of one template: the endpoints its author put in the template's own URL settings
 * (exact host and port), plus the operator's EGP_ENGINE_ALLOWED_HOSTS patterns.
 */
export function templateAllowList(
  image: LocalImage,
  templateEnv: Record<string, unknown> | null | undefined,
  operator: readonly HostPattern[],
): HostPattern[] {
  const names = new Set(outboundUrlSettings(image));
  const own: HostPattern[] = [];
  for (const [key, value] of Object.entries(templateEnv ?? {})) {
    const endpoint =
      names.has(key.toUpperCase()) && typeof value === "string" ? endpointOf(value.trim()) : null;
    if (endpoint) own.push({ kind: "host", host: endpoint.host, port: endpoint.port });
  }
  return [...own, ...operator];
}

export const hostAllowed = (allowList: readonly HostPattern[], endpoint: { host: string; port: string }) =>
  allowList.some((pattern) => matches(pattern, endpoint));

export const ALLOW_LIST_HINT =
  "an admin can add the host to the model template's own BASE_URL, or to EGP_ENGINE_ALLOWED_HOSTS (comma-separated host[:port] patterns; * allows all)";
