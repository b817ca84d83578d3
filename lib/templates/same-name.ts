import type { ModelTemplate } from "../egp/types";

/** What the console says about a template of another of the user's accounts: no configuration. */
export type TemplateElsewhere = {
  id: string;
  name: string;
  model_type: ModelTemplate["model_type"];
  account: { id: string; name: string };
};

const key = (name: string) => name.trim().toLowerCase();

/** Whether two template names are the same as a person reads them (case and outer spaces aside). */
export const sameTemplateName = (a: string, b: string) => key(a) !== "" && key(a) === key(b);

/**
 * `templates` split for a foreign model.json: those named `name` first (newest first, to tell them
 * apart), then the others in their order. No name: all are others.
 */
export function bySameName<T extends Pick<ModelTemplate, "name" | "created_at">>(
  templates: readonly T[],
  name: string | null | undefined,
): { same: T[]; others: T[] } {
  if (!name || !key(name)) return { same: [], others: [...templates] };
  const same = templates
    .filter((t) => sameTemplateName(t.name, name))
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  return { same, others: templates.filter((t) => !sameTemplateName(t.name, name)) };
}
