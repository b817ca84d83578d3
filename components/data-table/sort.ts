import { createParser } from "nuqs/server";

export type SortDirection = "asc" | "desc";
export type SortState = { field: string; direction: SortDirection };

/** Reads "field:asc" / "field:desc"; anything else (or a field not in `fields`) is no sort. */
export function parseSort(value: string | null | undefined, fields?: readonly string[]): SortState | null {
  const match = /^([a-z_]+):(asc|desc)$/.exec(value ?? "");
  if (!match) return null;
  if (fields && !fields.includes(match[1])) return null;
  return { field: match[1], direction: match[2] as SortDirection };
}

/** Clicking a header cycles ascending → descending → the server's default order. */
export function nextSort(current: string | null | undefined, field: string): string | null {
  const sort = parseSort(current);
  if (!sort || sort.field !== field) return `${field}:asc`;
  return sort.direction === "asc" ? `${field}:desc` : null;
}

/** A nuqs parser that keeps only valid `field:direction` values for the given fields. */
export function parseAsSort(fields: readonly string[]) {
  return createParser({
    parse: (value: string) => (parseSort(value, fields) ? value : null),
    serialize: (value: string) => value,
  });
}
