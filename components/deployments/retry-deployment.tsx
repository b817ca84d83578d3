"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCwIcon } from "lucide-react";

import { LazyNewDeploymentDialog } from "@/components/forms/models/new-deployment-button";
import { Button } from "@/components/ui/button";
import type { Deployment, Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { retryName, retryParameters } from "@/lib/models/retry";
import { deploymentMutations } from "@/lib/mutations/deployments";
import { toast } from "@/lib/toast";

/**
 * A failed deployment's way forward: a new deployment with the same parameters at once, or the deploy
 * form prefilled to change them first. The failed one stays, with its reason, until it is deleted.
 */
export function RetryDeployment({ model, deployment }: { model: Model; deployment: Deployment }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { parameters, masked } = retryParameters(deployment.model_creation_parameters);
  const retry = useMutation(
    deploymentMutations.create(queryClient, (created) => {
      toast.success(`Retrying as ${created.name}`);
      router.push(hrefs.deployment(model.id, created.id));
    }),
  );
  return (
    <>
      <Button
        disabled={retry.isPending}
        title={
          masked.length
            ? `Same parameters; ${masked.join(", ")} come from the model (secrets are not copied)`
            : "A new deployment with the same parameters"
        }
        onClick={() =>
          retry.mutate(
            {
              modelId: model.id,
              body: { name: retryName(deployment.name), model_creation_parameters: parameters },
            },
            { onError: (error) => toast.error(`The retry could not start: ${error.message}`) },
          )
        }
      >
        <RotateCwIcon aria-hidden className={retry.isPending ? "animate-spin" : undefined} />
        Retry
      </Button>
      <LazyNewDeploymentDialog model={model} from={deployment} />
    </>
  );
}
