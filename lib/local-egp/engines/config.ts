import { z } from "zod";
import { EngineLoadError, type EngineSpec, type LocalImage } from "./types";

type RawConfig = EngineSpec["config"];

/**
 * Keys are documented upper-case (MODEL_PATH); lower-case aliases are accepted because model
 * creation parameters are often snake_case. An exact upper-case key wins over its alias.
 * Empty strings count as unset, since env-style config cannot express "absent".
 * Returns, per upper-case setting, the key of `config` that supplies it.
 */
export function settingKeys(config: RawConfig): Map<string, string> {
  const rawKeys = new Map<string, string>();
  for (const [key, value] of Object.entries(config)) {
    const upper = key.toUpperCase();
    if (value === "" || value === null || value === undefined) continue;
    if (rawKeys.has(upper) && key !== upper) continue;
    rawKeys.set(upper, key);
  }
  return rawKeys;
}

function normaliseKeys(config: RawConfig): Record<string, string | number | boolean> {
  return Object.fromEntries([...settingKeys(config)].map(([upper, key]) => [upper, config[key]]));
}

/** An integer setting given as a number or a numeric string. */
export function intSetting(min: number, max: number) {
  return z.coerce
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
}

export function numberSetting(min: number, max: number) {
  return z.coerce
    .number({ error: "must be a number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
}

export const stringSetting = z.coerce.string().trim().min(1, { error: "must not be empty" });

/**
 * Parses an engine's settings from its spec config; unknown keys are ignored (the config also
 * carries the template's other env). Failures name the key and the fix, never the secret's value.
 */
export function parseEngineConfig<T extends z.ZodRawShape>(image: LocalImage, shape: T, config: RawConfig) {
  const settings = normaliseKeys(config);
  const result = z.object(shape).safeParse(settings);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "config");
    return `${key} ${key in settings ? issue.message : "is required"}`;
  });
  throw new EngineLoadError(`${image}: ${problems.join("; ")}.`);
}
