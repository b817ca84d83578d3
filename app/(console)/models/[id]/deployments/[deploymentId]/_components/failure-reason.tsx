import { CircleAlertIcon } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { Deployment } from "@/lib/egp/types";
import { statusReason } from "@/lib/models/deployment-meta";

/** Why the deployment failed, in the server's words, where a person looks first. */
export function FailureReason({ deployment }: { deployment: Deployment }) {
  if (deployment.status !== "UPDATE_FAILED") return null;
  const reason = statusReason(deployment);
  return (
    <Alert variant="destructive">
      <CircleAlertIcon aria-hidden />
      <AlertTitle>The deployment failed</AlertTitle>
      <AlertDescription>
        <p className="break-words">{reason ?? "The server gave no reason."}</p>
      </AlertDescription>
    </Alert>
  );
}
