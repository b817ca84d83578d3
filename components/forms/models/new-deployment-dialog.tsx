"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { ContainerImageWarning } from "@/components/deployments/container-image-warning";
import { Skeleton } from "@/components/ui/skeleton";
import { NewDeploymentButton } from "./new-deployment-button";
import type { Deployment, Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { retryName } from "@/lib/models/retry";
import { SECRET_MASK } from "@/lib/models/secret-hints";
import { deploymentMutations } from "@/lib/mutations/deployments";
import { templateQueries } from "@/lib/queries/templates";

// The form (react-hook-form and its resolver) loads when the dialog opens, not with the page.
const DeploymentForm = dynamic(() => import("./deployment-form").then((m) => m.DeploymentForm), {
  loading: () => <Skeleton className="h-40" />,
});

/** Secrets come back masked; leaving them out lets the deployment inherit the model's stored value. */
const withoutMaskedSecrets = (parameters: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(parameters ?? {}).filter(([, value]) => value !== SECRET_MASK));

/**
 * Deploys a model again, with parameters that start from the model's own, or (`from`) from a failed
 * deployment's, to edit and retry.
 */
export function NewDeploymentDialog({
  model,
  from,
  defaultOpen = false,
}: {
  model: Model;
  from?: Deployment;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const queryClient = useQueryClient();
  const templateId = model.model_template_id ?? "";
  const template = useQuery({ ...templateQueries.detail(templateId), enabled: open && !!templateId });
  const deploy = useMutation(
    deploymentMutations.create(queryClient, (deployment) => {
      toast.success(`Deploying ${deployment.name}`);
      setOpen(false);
      router.push(hrefs.deployment(model.id, deployment.id));
    }),
  );
  const count = model.deployment_count;
  return (
    <Dialog open={open} onOpenChange={(next) => !deploy.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <NewDeploymentButton retry={!!from} />
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{from ? `Retry ${from.name}` : `Deploy ${model.name}`}</DialogTitle>
          <DialogDescription>
            {from
              ? "A new deployment with these parameters; the failed one stays until you delete it."
              : "The deployment starts at once; its page shows the progress."}
          </DialogDescription>
        </DialogHeader>
        {templateId && template.isPending ? (
          <Skeleton className="h-40" />
        ) : (
          <>
            <ContainerImageWarning bundle={template.data?.vendor_configuration?.bundle_config} />
            <DeploymentForm
              schema={template.data?.model_creation_parameters_schema}
              defaultValues={{ name: from ? retryName(from.name) : `${model.name}-${count + 1}` }}
              defaultParameters={withoutMaskedSecrets(
                from ? from.model_creation_parameters : model.model_creation_parameters,
              )}
              inheritedParameters={{
                ...template.data?.vendor_configuration?.bundle_config?.env,
                ...model.model_creation_parameters,
              }}
              onSubmit={async (values, parameters) => {
                await deploy.mutateAsync({
                  modelId: model.id,
                  body: { name: values.name, model_creation_parameters: parameters },
                });
              }}
              onCancel={() => setOpen(false)}
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
