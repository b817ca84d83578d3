"use client";

import { useFormContext, useWatch } from "react-hook-form";

import type { TemplateFormValues } from "@/lib/templates/form-values";
import { LOCAL_IMAGES, LOCAL_REGISTRY } from "@/lib/templates/local-images";
import { ArgumentList } from "./form-arguments";
import { TextField } from "./form-controls";
import { EnvEditor } from "./form-env";
import { FormSection } from "@/components/forms/form-section";

const B = "vendor_configuration.bundle_config";

export function FormBundle() {
  const { control } = useFormContext<TemplateFormValues>();
  const registry = useWatch({ control, name: `${B}.registry` });
  return (
    <FormSection
      title="Bundle"
      description={
        <>
          The image a deployment runs. Registry <code>local</code> runs one of the embedded engines in this
          console.
        </>
      }
    >
      <div className="grid gap-5 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)_minmax(0,1fr)]">
        <TextField
          name={`${B}.registry`}
          label="Registry"
          mono
          list="template-registries"
          autoComplete="off"
        />
        <TextField
          name={`${B}.image`}
          label="Image"
          mono
          list={registry === LOCAL_REGISTRY ? "template-local-images" : undefined}
          autoComplete="off"
        />
        <TextField name={`${B}.tag`} label="Tag" mono autoComplete="off" />
      </div>
      <datalist id="template-registries">
        <option value={LOCAL_REGISTRY}>Embedded engines (this console)</option>
      </datalist>
      <datalist id="template-local-images">
        {LOCAL_IMAGES.map((image) => (
          <option key={image} value={image} />
        ))}
      </datalist>
      <ArgumentList
        name={`${B}.command`}
        label="Command"
        description="The container's command, one argument per row. Empty uses the image's default."
      />
      <EnvEditor />
      <ArgumentList
        name={`${B}.streaming_command`}
        label="Streaming command"
        description="Optional command for streaming endpoints."
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name={`${B}.readiness_initial_delay_seconds`}
          label="Readiness delay (seconds)"
          number
          min={0}
          description="How long to wait before the first health check."
        />
        <TextField name={`${B}.healthcheck_route`} label="Healthcheck route" mono />
        <TextField name={`${B}.predict_route`} label="Predict route" mono />
        <TextField name={`${B}.streaming_predict_route`} label="Streaming predict route" mono />
      </div>
    </FormSection>
  );
}
