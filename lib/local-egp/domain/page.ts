/** A page of a list: `page` counts from 1. */
export type Page = { page: number; limit: number };
export type SortKey = { field: string; direction: "asc" | "desc" };
export type Paged<T> = { items: T[]; total: number; page: Page };
