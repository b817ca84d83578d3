import { timeAgo } from "./time-ago";

/** What every EGP resource has: its id and when it was made. */
export type Dated = { id: string; created_at: string };

/** How many characters of an id are shown to tell it from another: enough for a page of rows. */
export const SHORT_ID = 8;

/**
 * What tells an item from others of the same name: its tag (or version) when it has one, its age,
 * and the start of its id. "tag 1.0 · 3 hours ago · id 0f3a9c12".
 */
export function distinguishing(item: Dated, tag?: string | null, now = Date.now()): string {
  return [tag && `tag ${tag}`, timeAgo(item.created_at, now), `id ${item.id.slice(0, SHORT_ID)}`]
    .filter(Boolean)
    .join(" · ");
}

/** The items whose label another item of the same list also has, by the label they are shown with. */
export function sameNamed<T>(items: readonly T[], labelOf: (item: T) => string): Set<T> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(labelOf(item), (counts.get(labelOf(item)) ?? 0) + 1);
  return new Set(items.filter((item) => (counts.get(labelOf(item)) ?? 0) > 1));
}
