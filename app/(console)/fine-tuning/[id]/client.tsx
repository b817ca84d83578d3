"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { CircleAlert, XIcon } from "lucide-react";

import { humanize } from "@/components/data-table/data-table-filter";
import { TimeCell } from "@/components/data-table/cells";
import { DeploymentModelCell } from "@/components/data-table/deployments/model-cell";
import { CompareCard } from "@/components/fine-tuning/compare-card";
import { TrainingCurve } from "@/components/fine-tuning/training-curve";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { RoleGate } from "@/components/shell/role-gate";
import { FineTuningStatusBadge } from "@/components/status/fine-tuning-status-badge";
import { DetailList } from "@/components/templates/detail-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { isFinalJobStatus, type FineTuningJob, type FineTuningJobEvent } from "@/lib/egp/types";
import { curveOf } from "@/lib/fine-tuning/metrics";
import { hrefs } from "@/lib/hrefs";
import { fineTuningMutations } from "@/lib/mutations/fine-tuning";
import { fineTuningJobQueries, trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { modelQueries } from "@/lib/queries/models";
import { toast } from "@/lib/toast";
import { cn } from "@/lib/utils";

const LIVE_MS = 1500;
const time = new Intl.DateTimeFormat("en", { timeStyle: "medium" });

function DatasetName({ id }: { id: string | undefined }) {
  const dataset = useQuery({ ...trainingDatasetQueries.detail(id ?? ""), enabled: Boolean(id) });
  if (!id) return null;
  return <span title={id}>{dataset.data?.name ?? <span className="font-mono text-xs">{id}</span>}</span>;
}

function Events({ events }: { events: readonly FineTuningJobEvent[] }) {
  if (events.length === 0) return <p className="text-muted-foreground text-sm">No events yet.</p>;
  return (
    <ol aria-label="Job events" className="max-h-96 space-y-1 overflow-y-auto font-mono text-xs">
      {events.map((event, i) => {
        const level = event.level.toLowerCase();
        return (
          <li key={i} className="flex flex-wrap gap-x-3 sm:flex-nowrap">
            <span className="text-muted-foreground w-20 shrink-0 tabular-nums">
              {typeof event.timestamp === "number" ? time.format(new Date(event.timestamp * 1000)) : ""}
            </span>
            <span
              className={cn(
                "w-12 shrink-0 uppercase",
                level === "error"
                  ? "text-destructive"
                  : level === "warning"
                    ? "text-amber-600 dark:text-amber-400"
                    : "text-muted-foreground",
              )}
            >
              {event.level}
            </span>
            <span className="min-w-0 basis-full break-words whitespace-pre-wrap sm:basis-auto sm:flex-1">
              {event.message}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function CancelButton({ job }: { job: FineTuningJob }) {
  const queryClient = useQueryClient();
  const cancel = useMutation(
    fineTuningMutations.removeJob(queryClient, job.id, () => toast.success("Job canceled")),
  );
  return (
    <Button
      variant="outline"
      disabled={cancel.isPending}
      onClick={() => cancel.mutate(undefined, { onError: (error) => toast.error(error.message) })}
    >
      <XIcon aria-hidden /> {cancel.isPending ? "Canceling…" : "Cancel job"}
    </Button>
  );
}

export function JobClient({ id }: { id: string }) {
  const { data: job } = useSuspenseQuery({
    ...fineTuningJobQueries.detail(id),
    refetchInterval: (query) =>
      query.state.data && !isFinalJobStatus(query.state.data.status) ? LIVE_MS : false,
  });
  const running = !isFinalJobStatus(job.status);
  const queryClient = useQueryClient();
  const events = useQuery({ ...fineTuningJobQueries.events(id), refetchInterval: running ? LIVE_MS : false });
  // One more read once the job ends picks up its last events (the final metrics, the reason it failed).
  useEffect(() => {
    if (!running) void queryClient.invalidateQueries({ queryKey: fineTuningJobQueries.events(id).queryKey });
  }, [running, id, queryClient]);
  const base = useQuery({
    ...modelQueries.detail(job.base_model_id ?? ""),
    enabled: Boolean(job.base_model_id),
  });
  const list = events.data ?? [];
  const curve = curveOf(list);
  const failure =
    job.status === "FAILED" ? [...list].reverse().find((e) => e.level.toLowerCase() === "error") : null;
  const title = job.vendor_configuration?.suffix || `Job ${job.id.slice(0, 8)}`;
  const hyper = job.vendor_configuration?.hyperparameters ?? {};

  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs items={[{ label: "Fine-tuning", href: hrefs.fineTuning() }, { label: title }]} />
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2" aria-live="polite">
            <FineTuningStatusBadge status={job.status} />
            {base.data && (
              <span>
                Fine-tune of{" "}
                <Link href={hrefs.model(base.data.id)} className="text-foreground hover:underline">
                  {base.data.display_name || base.data.name}
                </Link>{" "}
                ({humanize(base.data.model_type)})
              </span>
            )}
            {running && <span>· updates live</span>}
          </span>
        }
        actions={
          running ? (
            <RoleGate action="models:write">
              <CancelButton job={job} />
            </RoleGate>
          ) : null
        }
      />
      {job.status === "FAILED" && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden />
          <AlertTitle>The job failed</AlertTitle>
          <AlertDescription>
            {failure?.message ?? "The server gave no reason in its events."}
          </AlertDescription>
        </Alert>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Training curve</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <TrainingCurve curve={curve} running={running} />
            </CardContent>
          </Card>
          {job.status === "COMPLETED" && job.fine_tuned_model_id && (
            <CompareCard job={job} modelType={base.data?.model_type ?? null} />
          )}
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Events</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              {events.isError ? (
                <p className="text-destructive text-sm">Events could not be loaded: {events.error.message}</p>
              ) : (
                <Events events={list} />
              )}
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>
              <h2 className="text-base font-semibold">Details</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <DetailList
              className="sm:grid-cols-1"
              items={[
                { label: "Base model", value: <DeploymentModelCell modelId={job.base_model_id} /> },
                {
                  label: "Tuned model",
                  value: job.fine_tuned_model_id ? (
                    <DeploymentModelCell modelId={job.fine_tuned_model_id} />
                  ) : null,
                },
                { label: "Training dataset", value: <DatasetName id={job.training_dataset_id} /> },
                { label: "Validation dataset", value: <DatasetName id={job.validation_dataset_id} /> },
                { label: "Vendor", value: job.vendor_configuration?.vendor },
                {
                  label: "Hyper-parameters",
                  value: Object.keys(hyper).length ? (
                    <code className="text-xs break-all">{JSON.stringify(hyper)}</code>
                  ) : null,
                },
                { label: "Created", value: <TimeCell value={job.created_at} /> },
                { label: "ID", value: job.id, mono: true },
              ]}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
