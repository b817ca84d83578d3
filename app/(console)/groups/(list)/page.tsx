import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { groupQueries } from "@/lib/queries/groups";
import { listGroups } from "@/lib/resources/groups";
import { groupListSchema } from "@/lib/schemas/lists";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { GroupsClient } from "./client";
import { groupListParams, loadGroupSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Groups" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = groupListParams(await loadGroupSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(groupQueries.list(params), (egp) => listGroups(egp, groupListSchema.parse(params))),
  ]);
  return (
    <PageBoundary data={data}>
      <GroupsClient />
    </PageBoundary>
  );
}
