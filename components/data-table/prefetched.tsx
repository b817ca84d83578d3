import "server-only";
import { dehydrate, HydrationBoundary, type QueryKey } from "@tanstack/react-query";

import type { EgpClient } from "@/lib/egp/client";
import { pageEgp } from "@/lib/console-context";
import { getQueryClient } from "@/lib/query-client";

export type ServerQuery = { queryKey: QueryKey; load: (egp: EgpClient) => Promise<unknown> };

/**
 * Loads a page's first queries on the server under the same keys the client uses, so the first
 * paint has rows instead of skeletons. Failures are not sent: the client refetches and shows them.
 */
export async function Prefetched({
  queries,
  children,
}: {
  queries: ServerQuery[];
  children: React.ReactNode;
}) {
  const queryClient = getQueryClient();
  const { egp, settle } = await pageEgp();
  await Promise.all(
    queries.map(({ queryKey, load }) => queryClient.prefetchQuery({ queryKey, queryFn: () => load(egp) })),
  );
  await settle();
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
}
