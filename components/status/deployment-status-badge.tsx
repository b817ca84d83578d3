import { CircleAlert, CircleCheck, LoaderCircle, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DEPLOYMENT_STATUS_LABELS, isDeploymentStatus } from "@/lib/egp/labels";
import type { DeploymentStatus } from "@/lib/egp/types";

type Variant = "success" | "warning" | "destructive" | "info" | "secondary";
const VARIANT: Record<DeploymentStatus, Variant> = {
  READY: "success",
  UPDATE_PENDING: "info",
  UPDATE_IN_PROGRESS: "warning",
  UPDATE_FAILED: "destructive",
  DELETE_IN_PROGRESS: "secondary",
};

/** A deployment's status in colour and words (never colour alone), with the raw value as title. */
export function DeploymentStatusBadge({ status }: { status: string }) {
  const look = isDeploymentStatus(status)
    ? { label: DEPLOYMENT_STATUS_LABELS[status], variant: VARIANT[status] }
    : { label: status, variant: "secondary" as const };
  const Icon =
    look.variant === "success"
      ? CircleCheck
      : look.variant === "destructive"
        ? CircleAlert
        : status === "DELETE_IN_PROGRESS"
          ? Trash2
          : LoaderCircle;
  const spinning = status === "UPDATE_IN_PROGRESS" || status === "UPDATE_PENDING";
  return (
    <Badge variant={look.variant} title={status} data-status={status}>
      <Icon aria-hidden className={spinning ? "animate-spin motion-reduce:animate-none" : undefined} />
      {look.label}
    </Badge>
  );
}
