import { CircleAlert, CircleCheck, LoaderCircle, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";

const LOOK: Record<
  string,
  { label: string; variant: "success" | "warning" | "destructive" | "info" | "secondary" }
> = {
  READY: { label: "Ready", variant: "success" },
  UPDATE_PENDING: { label: "Pending", variant: "info" },
  UPDATE_IN_PROGRESS: { label: "Deploying", variant: "warning" },
  UPDATE_FAILED: { label: "Failed", variant: "destructive" },
  FAILED: { label: "Failed", variant: "destructive" },
  DELETE_IN_PROGRESS: { label: "Deleting", variant: "secondary" },
};

/** A deployment's status in colour and words (never colour alone), with the raw value as title. */
export function DeploymentStatusBadge({ status }: { status: string }) {
  const look = LOOK[status] ?? { label: status, variant: "secondary" as const };
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
