import type { Metadata } from "next";

import { PageBoundary } from "@/components/shell/page-boundary";
import { playgroundQueries } from "@/lib/queries/playground";
import { loadPageData, pageSubject } from "@/lib/server/page-data";
import { loadPlaygroundRun } from "@/lib/server/playground-runs";
import { RunPageClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const run = await loadPlaygroundRun((await params).id);
  return { title: run ? `Run on ${run.label} · Playground` : "Run not found" };
}

// The run's permalink: anyone in its account opens it; in any other account it does not exist.
export default async function Page({ params }: Props) {
  const { id } = await params;
  const data = await loadPageData([pageSubject(playgroundQueries.run(id), () => loadPlaygroundRun(id))]);
  return (
    <PageBoundary data={data}>
      <RunPageClient id={id} />
    </PageBoundary>
  );
}
