"use client";

import { GPUTypeValues, ModelEndpointTypeValues } from "@/lib/egp/enums.gen";
import { SelectField, SwitchField, TextField, optionsOf } from "./form-controls";
import { FormSection } from "@/components/forms/form-section";

const E = "vendor_configuration.endpoint_config";

export function FormEndpoint() {
  return (
    <FormSection title="Endpoint" description="Resources and autoscaling for each deployment of a model.">
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField name={`${E}.cpus`} label="CPUs" number min={1} />
        <TextField name={`${E}.memory`} label="Memory" mono placeholder="8Gi" description="e.g. 8Gi, 512Mi" />
        <TextField name={`${E}.storage`} label="Storage" mono placeholder="16Gi" description="e.g. 16Gi" />
        <TextField name={`${E}.gpus`} label="GPUs" number min={0} />
        <SelectField
          name={`${E}.gpu_type`}
          label="GPU type"
          options={optionsOf(GPUTypeValues)}
          noneLabel="None"
          className="sm:col-span-2"
        />
        <TextField name={`${E}.min_workers`} label="Min workers" number min={0} />
        <TextField name={`${E}.max_workers`} label="Max workers" number min={0} />
        <TextField
          name={`${E}.per_worker`}
          label="Requests per worker"
          number
          min={1}
          description="Concurrent requests before scaling up."
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name={`${E}.endpoint_type`}
          label="Launch endpoint type"
          options={optionsOf(ModelEndpointTypeValues)}
        />
        <SwitchField
          name={`${E}.high_priority`}
          label="High priority"
          description="Schedule before other endpoints when capacity is short."
        />
      </div>
    </FormSection>
  );
}
