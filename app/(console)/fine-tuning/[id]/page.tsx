import type { Metadata } from "next";

import { PageBoundary } from "@/components/shell/page-boundary";
import { loadForPage } from "@/lib/egp/page-failure";
import { fineTuningJobQueries } from "@/lib/queries/fine-tuning";
import { listFineTuningJobEvents } from "@/lib/resources/fine-tuning";
import { loadPageData, pageSubject, serverQuery } from "@/lib/server/page-data";
import { loadFineTuningJob } from "@/lib/server/subjects";
import { JobClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const loaded = await loadForPage(loadFineTuningJob(id));
  if (!loaded.ok) return { title: "Fine-tuning" };
  return { title: loaded.value ? `Job ${id.slice(0, 8)} · Fine-tuning` : "Job not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const data = await loadPageData([
    pageSubject(fineTuningJobQueries.detail(id), () => loadFineTuningJob(id)),
    serverQuery(fineTuningJobQueries.events(id), (egp) => listFineTuningJobEvents(egp, id)),
  ]);
  return (
    <PageBoundary data={data}>
      <JobClient id={id} />
    </PageBoundary>
  );
}
