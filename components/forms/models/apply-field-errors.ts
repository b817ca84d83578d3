import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { ApiError } from "@/lib/api/errors";

/**
 * Puts a failed request's field `details` on the fields they name; returns what is left for an
 * alert (the message, plus details that name no field of this form).
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): { message: string; other: string[] } {
  if (!(error instanceof ApiError)) return { message: "Something went wrong. Try again.", other: [] };
  const other: string[] = [];
  for (const detail of error.details) {
    const name = String(detail.path[0] ?? "");
    if (detail.path.length === 1 && fields.includes(name)) {
      setError(name as Path<T>, { message: detail.message }, { shouldFocus: true });
    } else {
      other.push(detail.path.length ? `${detail.path.join(".")}: ${detail.message}` : detail.message);
    }
  }
  return { message: error.message, other };
}
