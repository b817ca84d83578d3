import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { ApiError } from "@/lib/api/errors";

/**
 * Puts a failed submit's field `details` on the fields they name; returns the message for the
 * form as a whole (what no field showed), or null when every detail landed on a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : "Saving failed.";
  let placed = 0;
  for (const detail of error.details) {
    const field = fields.find((name) => name === detail.path[0]);
    if (!field) continue;
    setError(field, { type: "server", message: detail.message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return placed > 0 && placed === error.details.length ? null : error.message;
}
