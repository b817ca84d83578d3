import { SECRET_MASK } from "./secret-hints";

/** The name of a retry: "chat" → "chat-retry", "chat-retry" → "chat-retry-2", "chat-retry-2" → "chat-retry-3". */
export function retryName(name: string): string {
  const numbered = /^(.*-retry)-(\d+)$/.exec(name);
  if (numbered) return `${numbered[1]}-${Number(numbered[2]) + 1}`;
  if (name.endsWith("-retry")) return `${name}-2`;
  return `${name}-retry`;
}

/**
 * A failed deployment's parameters for a new one. Secrets come back masked: they are left out, so the
 * new deployment inherits the model's value; `masked` names them so the console can say so.
 */
export function retryParameters(parameters: Record<string, unknown> | null | undefined): {
  parameters: Record<string, unknown>;
  masked: string[];
} {
  const entries = Object.entries(parameters ?? {});
  return {
    parameters: Object.fromEntries(entries.filter(([, v]) => v !== SECRET_MASK)),
    masked: entries.filter(([, v]) => v === SECRET_MASK).map(([k]) => k),
  };
}
