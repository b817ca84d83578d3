import type { QueryState } from "@tanstack/react-query";
import { isFinalStatus } from "./egp/types";

type Calm = { signature: string; unchanged: number; seenAt: number };
const calm = new Map<string, Calm>();
const MAX_TRACKED = 500;

const step = (unchanged: number, min: number, max: number) =>
  Math.min(max, min * 2 ** Math.min(unchanged, 8));

/**
 * A refetchInterval that polls only while some status is not final, backing off from `min` to `max`
 * while nothing changes and starting fast again when a status moves. React Query pauses it in
 * hidden tabs (refetchIntervalInBackground stays false), and it returns false once all are final.
 * Each answer is counted once, however many observers share the query (they then poll as one).
 */
export function pollUntilFinal<T>(
  statusesOf: (data: T) => readonly (string | null | undefined)[],
  { min = 1000, max = 10_000 }: { min?: number; max?: number } = {},
) {
  // Structural, so it fits any query key's Query type.
  return (query: { queryHash: string; state: QueryState<T, Error> }): number | false => {
    const data = query.state.data;
    if (query.state.status === "error") return false;
    if (data === undefined) return false;
    const statuses = statusesOf(data);
    if (statuses.every((status) => isFinalStatus(status))) {
      calm.delete(query.queryHash);
      return false;
    }
    const seenAt = query.state.dataUpdatedAt;
    const previous = calm.get(query.queryHash);
    if (previous && previous.seenAt === seenAt) return step(previous.unchanged, min, max);
    const signature = statuses.join("|");
    const unchanged = previous && previous.signature === signature ? previous.unchanged + 1 : 0;
    calm.delete(query.queryHash);
    calm.set(query.queryHash, { signature, unchanged, seenAt });
    // Queries that unmount mid-deploy never reach the delete above; keep only the most recent.
    if (calm.size > MAX_TRACKED) calm.delete(calm.keys().next().value!);
    return step(unchanged, min, max);
  };
}
