import { Ban, CircleAlert, CircleCheck, Clock, LoaderCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { FineTuningJobStatus } from "@/lib/egp/types";

const LOOK: Record<
  FineTuningJobStatus,
  { label: string; variant: "success" | "warning" | "destructive" | "info" | "secondary"; icon: typeof Clock }
> = {
  PENDING: { label: "Pending", variant: "info", icon: Clock },
  RUNNING: { label: "Running", variant: "warning", icon: LoaderCircle },
  COMPLETED: { label: "Completed", variant: "success", icon: CircleCheck },
  FAILED: { label: "Failed", variant: "destructive", icon: CircleAlert },
  CANCELED: { label: "Canceled", variant: "secondary", icon: Ban },
};

export const FINE_TUNING_STATUS_LABELS = Object.fromEntries(
  Object.entries(LOOK).map(([status, look]) => [status, look.label]),
) as Record<FineTuningJobStatus, string>;

/** A job's status in colour and words (never colour alone), with the raw value as title. */
export function FineTuningStatusBadge({ status }: { status: string }) {
  const look = Object.hasOwn(LOOK, status)
    ? LOOK[status as FineTuningJobStatus]
    : { label: status, variant: "secondary" as const, icon: Clock };
  const Icon = look.icon;
  return (
    <Badge variant={look.variant} title={status} data-status={status}>
      <Icon
        aria-hidden
        className={status === "RUNNING" ? "animate-spin motion-reduce:animate-none" : undefined}
      />
      {look.label}
    </Badge>
  );
}
