"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { toast } from "@/lib/toast";

import type { Deployment } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { statusReason } from "@/lib/models/deployment-meta";
import { observeStatus, observedStatuses } from "@/lib/models/timeline";

type Watched = Pick<Deployment, "id" | "name" | "status" | "model_instance_id" | "deployment_metadata">;

/**
 * Records each status this browser sees (for the timeline) and announces the moves a person waits
 * for: READY with a way into the playground, or a failure with its reason. Toast ids are per
 * deployment, so a deployment shown twice on a page announces once.
 */
export function useStatusEvents(deployments: readonly Watched[] | undefined, fallbackModelId?: string) {
  const router = useRouter();
  const signature = deployments?.map((d) => `${d.id}:${d.status}`).join(",") ?? "";
  useEffect(() => {
    for (const deployment of deployments ?? []) {
      const before = observedStatuses(deployment.id).at(-1)?.status;
      observeStatus(deployment.id, deployment.status);
      if (!before || before === deployment.status) continue;
      const modelId = deployment.model_instance_id ?? fallbackModelId;
      if (deployment.status === "READY") {
        toast.success(`${deployment.name} is ready`, {
          id: `deployment-ready-${deployment.id}`,
          action: modelId
            ? {
                label: "Open in playground",
                onClick: () => router.push(hrefs.playground({ deployment: deployment.id, model: modelId })),
              }
            : undefined,
        });
      } else if (deployment.status === "UPDATE_FAILED") {
        toast.error(`${deployment.name} failed to deploy`, {
          id: `deployment-failed-${deployment.id}`,
          description: statusReason(deployment) ?? undefined,
        });
      }
    }
    // The signature is what matters: statuses, not object identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
}
