import type { TemplateFormValues } from "./form-values";

export type StoredDraft = { savedAt: number; values: TemplateFormValues };

const VERSION = 1;
export const draftKey = (accountId: string) => `egp-console:template-draft:v${VERSION}:${accountId}`;

/** A stored draft, or null when there is none or it is unreadable (storage off, old shape, edited by hand). */
export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<StoredDraft>;
    const values = draft.values as Partial<TemplateFormValues> | undefined;
    const bundle = values?.vendor_configuration?.bundle_config;
    const shaped =
      Array.isArray(bundle?.env) &&
      Array.isArray(bundle?.command) &&
      Array.isArray(values?.model_creation_parameters_schema?.parameters) &&
      Array.isArray(values?.model_request_parameters_schema?.parameters);
    if (typeof draft.savedAt !== "number" || !shaped) return null;
    return { savedAt: draft.savedAt, values: values as TemplateFormValues };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: TemplateFormValues): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values }));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
