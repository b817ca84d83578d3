import "server-only";
import { cookies } from "next/headers";
import { dehydrate, HydrationBoundary, type QueryKey } from "@tanstack/react-query";

import type { EgpClient } from "@/lib/egp/client";
import { egpClient } from "@/lib/egp/connection";
import { getQueryClient } from "@/lib/query-client";
import { SESSION_COOKIE, unsealSession } from "@/lib/session";

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
  const session = await unsealSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (session) {
    const egp = egpClient(session.apiKey, session.accountId);
    await Promise.all(
      queries.map(({ queryKey, load }) => queryClient.prefetchQuery({ queryKey, queryFn: () => load(egp) })),
    );
  }
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
}
