// The list endpoints' page sizes and sort fields, without zod: the list pages' URL parsers and
// pagination import these in the browser, and lib/schemas/lists.ts (zod, server side) would put
// ~31 KB gzipped of zod into every list page's first load. lib/schemas/lists.ts builds on these.
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const MODEL_SORT_FIELDS = [
  "name",
  "display_name",
  "model_type",
  "model_vendor",
  "created_at",
  "deployment_count",
] as const;
export const TEMPLATE_SORT_FIELDS = ["name", "model_type", "created_at"] as const;
export const DEPLOYMENT_SORT_FIELDS = ["name", "status", "created_at"] as const;
export const GROUP_SORT_FIELDS = ["name", "created_at"] as const;

/** The models list's origin filter: built-in (seeded) or custom (created from a template). */
export const MODEL_ORIGINS = ["builtin", "custom"] as const;
