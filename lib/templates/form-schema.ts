import { z } from "zod";
import type { ApiErrorDetail } from "../api/errors";
import { templateRequestSchema } from "../schemas/templates";
import { formToRequestInput, type TemplateFormValues } from "./form-values";

type Path = readonly PropertyKey[];
const BUNDLE = ["vendor_configuration", "bundle_config"] as const;
const ENV_PATH = [...BUNDLE, "env"].join(".");

/**
 * Where a problem with a request field shows in the form: list items become rows, env keys become
 * the row holding that key. null when no input shows it (the caller lists it above the form).
 */
export function requestPathToFormPath(path: Path, values: TemplateFormValues): string | null {
  if (path.length === 0 || path.some((p) => typeof p === "symbol")) return null;
  const [a, b, field, item] = path;
  if (a === BUNDLE[0] && b === BUNDLE[1] && path.length >= 4) {
    if (field === "command" || field === "streaming_command")
      return [...BUNDLE, field, item, "value"].join(".");
    if (field === "env") {
      const index = values.vendor_configuration.bundle_config.env.findIndex(
        (row) => row.key === String(item),
      );
      return index >= 0 ? `${ENV_PATH}.${index}.key` : ENV_PATH;
    }
  }
  if (a === "vendor_configuration" && b === "fine_tuning_job_bundle_config") return null;
  return path.map(String).join(".");
}

/** Problems only the form can have: env rows become a dictionary, so their keys must be unique and sane. */
function envRowIssues(values: TemplateFormValues): ApiErrorDetail[] {
  const issues: ApiErrorDetail[] = [];
  const seen = new Set<string>();
  values.vendor_configuration.bundle_config.env.forEach((row, index) => {
    const at = [...BUNDLE, "env", index, "key"];
    if (row.key === "") issues.push({ path: at, message: "Name the variable." });
    else if (row.key.trim() !== row.key)
      issues.push({ path: at, message: "Remove the spaces at the start or end." });
    else if (seen.has(row.key)) issues.push({ path: at, message: `${row.key} is set twice.` });
    seen.add(row.key);
  });
  return issues;
}

/**
 * The form's resolver schema. Its inputs guarantee the values' shape; the rules are the route's own
 * schema (templateRequestSchema), run on the request the form describes and mapped back to inputs.
 */
export const templateFormSchema = z
  .custom<TemplateFormValues>((v) => typeof v === "object" && v !== null)
  .superRefine((values, ctx) => {
    const envIssues = envRowIssues(values);
    for (const issue of envIssues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    const parsed = templateRequestSchema.safeParse(formToRequestInput(values));
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const at = requestPathToFormPath(issue.path, values);
      // Duplicate env keys collapse in the dictionary; the row issues above already name them.
      if (at === null || (envIssues.length > 0 && at.startsWith(ENV_PATH))) {
        if (at === null) ctx.addIssue({ code: "custom", path: ["root"], message: describeIssue(issue) });
        continue;
      }
      ctx.addIssue({ code: "custom", path: at.split("."), message: issue.message });
    }
  });

function describeIssue(issue: { path: Path; message: string }) {
  const where = issue.path.map(String).join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}
