import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { groupQueries } from "@/lib/queries/groups";
import { modelQueries } from "@/lib/queries/models";
import { getGroup } from "@/lib/resources/groups";
import { listModels } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { GroupClient } from "./client";
import { groupModelListParams, loadGroupModelSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Group" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const models = groupModelListParams(id, await loadGroupModelSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(groupQueries.detail(id), (egp) => getGroup(egp, id)),
    serverQuery(modelQueries.list(models), (egp) => listModels(egp, modelListSchema.parse(models))),
  ]);
  return (
    <PageBoundary data={data}>
      <GroupClient id={id} />
    </PageBoundary>
  );
}
