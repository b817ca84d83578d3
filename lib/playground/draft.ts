import { PLAYGROUND_MODEL_TYPES, type PlaygroundModelType } from "../schemas/playground";

/**
 * A panel's whole input as the user left it (texts, chunks, top_k, prompt, messages, parameters,
 * tools), tagged with its model type: what the URL, a reload and a preset keep. Each panel reads the
 * fields it knows and ignores the rest, so an edited or older link degrades to the defaults.
 */
export type Draft = { type: PlaygroundModelType } & Record<string, unknown>;

// In a module of its own, so pages that only build links do not load the schemas this file imports.
export { DRAFT_URL_LIMIT } from "./draft-limit";

const isModelType = (value: unknown): value is PlaygroundModelType =>
  typeof value === "string" && (PLAYGROUND_MODEL_TYPES as readonly string[]).includes(value);

/** A draft read back from its JSON text, or null when it is not one (cut short, edited by hand). */
export function parseDraft(json: string | null): Draft | null {
  try {
    const parsed: unknown = JSON.parse(json || "null");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    return isModelType((parsed as { type?: unknown }).type) ? (parsed as Draft) : null;
  } catch {
    return null;
  }
}

/** Readers a panel uses on a draft (or a past run's request): a field of the right kind, or undefined. */
export const draftField = {
  string(source: Record<string, unknown> | null | undefined, key: string): string | undefined {
    const value = source?.[key];
    return typeof value === "string" ? value : undefined;
  },
  number(source: Record<string, unknown> | null | undefined, key: string): number | undefined {
    const value = source?.[key];
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
  },
  strings(source: Record<string, unknown> | null | undefined, key: string): string[] | undefined {
    const value = source?.[key];
    return Array.isArray(value) && value.every((v) => typeof v === "string")
      ? (value as string[])
      : undefined;
  },
};

/** The draft for this panel's model type only. */
export const draftFor = (draft: Draft | null, type: PlaygroundModelType) =>
  draft?.type === type ? draft : null;
