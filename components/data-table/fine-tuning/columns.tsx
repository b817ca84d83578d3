"use client";

import { FineTuningStatusBadge } from "@/components/status/fine-tuning-status-badge";
import type { FineTuningJob, TrainingDataset } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { SHORT_ID } from "@/lib/same-name";
import { Dash, TimeCell } from "../cells";
import { nameColumn } from "../name-column";
import { DeploymentModelCell } from "../deployments/model-cell";
import type { DataTableColumn } from "../types";
import { humanize } from "../data-table-filter";

export const jobHref = (job: FineTuningJob) => hrefs.fineTuningJob(job.id);

export function jobColumns(): DataTableColumn<FineTuningJob>[] {
  return [
    nameColumn<FineTuningJob>({
      id: "id",
      header: "Job",
      href: jobHref,
      title: (job) => job.vendor_configuration?.suffix || `Job ${job.id.slice(0, SHORT_ID)}`,
      subtitle: (job) => job.id,
    }),
    { id: "status", header: "Status", cell: (job) => <FineTuningStatusBadge status={job.status} /> },
    {
      id: "base",
      header: "Base model",
      className: "hidden md:table-cell",
      cell: (job) => <DeploymentModelCell modelId={job.base_model_id} />,
    },
    {
      id: "tuned",
      header: "Tuned model",
      className: "hidden lg:table-cell",
      cell: (job) =>
        job.fine_tuned_model_id ? <DeploymentModelCell modelId={job.fine_tuned_model_id} /> : <Dash />,
    },
    {
      id: "created_at",
      header: "Created",
      className: "hidden sm:table-cell",
      cell: (job) => <TimeCell value={job.created_at} />,
    },
  ];
}

export function datasetColumns(): DataTableColumn<TrainingDataset>[] {
  return [
    nameColumn<TrainingDataset>({ title: (dataset) => dataset.name }),
    {
      id: "schema_type",
      header: "Schema",
      cell: (dataset) => <span className="text-muted-foreground">{humanize(dataset.schema_type)}</span>,
    },
    {
      id: "id",
      header: "ID",
      className: "hidden md:table-cell",
      cell: (dataset) => <span className="text-muted-foreground font-mono text-xs">{dataset.id}</span>,
    },
    {
      id: "created_at",
      header: "Created",
      className: "hidden sm:table-cell",
      cell: (dataset) => <TimeCell value={dataset.created_at} />,
    },
  ];
}
