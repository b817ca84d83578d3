import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { Prefetched, type ServerQuery } from "@/components/data-table/prefetched";
import { groupQueries } from "@/lib/queries/groups";
import { modelQueries } from "@/lib/queries/models";
import { getGroup } from "@/lib/resources/groups";
import { listModels } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";
import { GroupClient } from "./client";
import { groupModelListParams, loadGroupModelSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Group" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const models = groupModelListParams(id, await loadGroupModelSearchParams(searchParams));
  const queries: ServerQuery[] = [
    { queryKey: groupQueries.detail(id).queryKey, load: (egp) => getGroup(egp, id) },
    {
      queryKey: modelQueries.list(models).queryKey,
      load: (egp) => listModels(egp, modelListSchema.parse(models)),
    },
  ];
  return (
    <Prefetched queries={queries}>
      <GroupClient id={id} />
    </Prefetched>
  );
}
