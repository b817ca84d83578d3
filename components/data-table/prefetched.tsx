import "server-only";
import { dehydrate, HydrationBoundary, type QueryKey } from "@tanstack/react-query";

import { PageError } from "@/components/shell/page-error";
import type { EgpClient } from "@/lib/egp/client";
import { pageEgp } from "@/lib/console-context";
import { pageFailure } from "@/lib/egp/page-failure";
import { getQueryClient } from "@/lib/query-client";

export type ServerQuery = { queryKey: QueryKey; load: (egp: EgpClient) => Promise<unknown> };

/**
 * Loads a page's first queries on the server under the same keys the client uses, so the first
 * paint has rows instead of skeletons. An EGP API that fails (no answer within EGP_TIMEOUT_MS, 5xx,
 * a wrong shape) gets the error page with its message at once, instead of the browser asking again;
 * other failures are not sent: the client refetches and shows them.
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
    queries.map(({ queryKey, load }) =>
      // Not retried here: the transport has already retried within the timeout.
      queryClient.prefetchQuery({ queryKey, queryFn: () => load(egp), retry: false }),
    ),
  );
  await settle();
  for (const { queryKey } of queries) {
    const failure = pageFailure(queryClient.getQueryState(queryKey)?.error);
    if (failure) return <PageError message={failure} />;
  }
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
}
