import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { Prefetched, type ServerQuery } from "@/components/data-table/prefetched";
import { groupQueries } from "@/lib/queries/groups";
import { listGroups } from "@/lib/resources/groups";
import { groupListSchema } from "@/lib/schemas/lists";
import { GroupsClient } from "./client";
import { groupListParams, loadGroupSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Groups" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = groupListParams(await loadGroupSearchParams(searchParams));
  const list: ServerQuery = {
    queryKey: groupQueries.list(params).queryKey,
    load: (egp) => listGroups(egp, groupListSchema.parse(params)),
  };
  return (
    <Prefetched queries={[list]}>
      <GroupsClient />
    </Prefetched>
  );
}
