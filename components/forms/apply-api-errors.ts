import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { ApiError, type ApiErrorDetail } from "@/lib/api/errors";

export type AppliedApiErrors = {
  /** The failure's message, for the form as a whole. */
  message: string;
  /** How many `details` landed on a field. */
  placed: number;
  /** The `details` that name no field of this form. */
  unplaced: ApiErrorDetail[];
};

/**
 * Puts a failed submit's `details` (the error envelope's field paths) on the fields `fieldOf` maps
 * them to, focusing the first unless `focus` is false; a failure that is no ApiError carries
 * `fallback` as its message.
 */
export function applyApiErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  /** The form field a detail's path names (a path of this form's inputs), or null. */
  fieldOf: (path: ApiErrorDetail["path"]) => string | null,
  {
    fallback = "Something went wrong. Try again.",
    focus = true,
  }: { fallback?: string; focus?: boolean } = {},
): AppliedApiErrors {
  if (!(error instanceof ApiError)) return { message: fallback, placed: 0, unplaced: [] };
  const unplaced: ApiErrorDetail[] = [];
  let placed = 0;
  for (const detail of error.details) {
    const field = fieldOf(detail.path);
    if (field === null) {
      unplaced.push(detail);
      continue;
    }
    setError(
      field as Path<T>,
      { type: "server", message: detail.message },
      { shouldFocus: focus && placed === 0 },
    );
    placed += 1;
  }
  return { message: error.message, placed, unplaced };
}

/** `fieldOf` for a flat form: a detail names one of `fields` by its first path segment. */
export const namedField =
  (fields: readonly string[]) =>
  (path: ApiErrorDetail["path"]): string | null =>
    path.length > 0 && fields.includes(String(path[0])) ? String(path[0]) : null;

/** A detail no field shows, as a line for the form's alert. */
export const describeDetail = ({ path, message }: ApiErrorDetail) =>
  path.length ? `${path.join(".")}: ${message}` : message;
