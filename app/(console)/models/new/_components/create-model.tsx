"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { ModelForm, type ModelFormHandle, type ModelFormSubmit } from "@/components/forms/models/model-form";
import { ContainerImageWarning } from "@/components/deployments/container-image-warning";
import { ModelCliMenu } from "@/components/models/model-cli-menu";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ApiError } from "@/lib/api/errors";
import type { Model, ModelTemplate } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import type { ModelCli } from "@/lib/models/cli-format";
import { deploymentMutations } from "@/lib/mutations/deployments";
import { modelMutations } from "@/lib/mutations/models";
import { modelBody, newModelDefaults, newModelCliJson } from "./new-model-values";
import { TemplateSummary } from "./template-summary";

/** Deployment errors are shown on the deployment's fields, which the form knows under `deployment`. */
const asDeploymentError = (error: unknown) =>
  error instanceof ApiError
    ? new ApiError(error.code, error.message, {
        details: error.details.map((d) => ({ ...d, path: ["deployment", ...d.path] })),
      })
    : error;

/** Owns the two requests: create the model, then (optionally) its first deployment. */
export function CreateModel({
  template,
  imported,
  onImport,
  onChangeTemplate,
}: {
  template: ModelTemplate;
  imported: ModelCli | null;
  onImport: (model: ModelCli) => void;
  onChangeTemplate: () => void;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const handle = useRef<ModelFormHandle>(null);
  // Set when the model exists but its deployment failed: a retry only deploys.
  const [created, setCreated] = useState<Model | null>(null);
  const [defaults] = useState(() => newModelDefaults(imported));

  const createModel = useMutation(modelMutations.create(queryClient));
  const createDeployment = useMutation(deploymentMutations.create(queryClient));

  async function onSubmit({ values, parameters }: ModelFormSubmit) {
    let model = created;
    if (!model) {
      model = await createModel.mutateAsync(modelBody(template, values, parameters));
      setCreated(model);
    }
    if (!values.deploy) {
      toast.success(`Created model ${model.name}`);
      router.push(hrefs.model(model.id));
      return;
    }
    const deployment = await createDeployment
      .mutateAsync({
        modelId: model.id,
        body: { name: values.deployment_name, model_creation_parameters: parameters },
      })
      .catch((error: unknown) => {
        throw asDeploymentError(error);
      });
    toast.success(`Created ${model.name}; deploying ${deployment.name}`);
    router.push(hrefs.deployment(model.id, deployment.id));
  }

  return (
    <div className="grid items-start gap-6 lg:grid-cols-3">
      <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
        <ContainerImageWarning bundle={template.vendor_configuration.bundle_config}>
          <p>You can still create the model here; turn off “Deploy after creating”.</p>
        </ContainerImageWarning>
        {created && (
          <Alert variant="warning">
            <AlertTitle>Model “{created.name}” was created, but its deployment was not</AlertTitle>
            <AlertDescription>
              Fix the deployment below and submit again (only the deployment is sent), or{" "}
              <a className="underline" href={hrefs.model(created.id)}>
                open the model
              </a>
              .
            </AlertDescription>
          </Alert>
        )}
        <ModelForm
          template={template}
          defaultValues={defaults.values}
          defaultParameters={defaults.parameters}
          onSubmit={onSubmit}
          handleRef={handle}
          submitLabel={(deploy) => (created ? "Deploy" : deploy ? "Create and deploy" : "Create model")}
        />
      </div>
      <aside className="flex flex-col gap-4 lg:sticky lg:top-20">
        <TemplateSummary template={template} onChange={onChangeTemplate} />
        <div className="flex flex-wrap gap-2">
          <ModelCliMenu
            onImport={onImport}
            json={() => {
              const current = handle.current?.current();
              return current ? newModelCliJson(template, current.values, current.parameters) : "{}\n";
            }}
          />
        </div>
      </aside>
    </div>
  );
}
