"use client";

import { LaunchEndpointProtocolValues, ModelEndpointTypeValues, ModelTypeValues } from "@/lib/egp/enums.gen";
import { TEMPLATE_VENDORS } from "@/lib/schemas/templates";
import { SelectField, TextField, optionsOf } from "./form-controls";
import { FormSection } from "@/components/forms/form-section";
import { FormNameTaken } from "@/components/forms/name-taken";

export function FormGeneral() {
  return (
    <FormSection title="General" description="What the template is called and how its models are called.">
      <TextField
        name="name"
        label="Name"
        placeholder="cross-encoder-template"
        autoComplete="off"
        description="Shown to everyone who creates a model from this template."
      />
      <FormNameTaken kind="template" />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="model_type"
          label="Model type"
          options={optionsOf(ModelTypeValues)}
          placeholder="Choose a type"
        />
        <SelectField
          name="endpoint_type"
          label="Endpoint type"
          options={optionsOf(ModelEndpointTypeValues)}
        />
        <SelectField
          name="endpoint_protocol"
          label="Endpoint protocol"
          options={optionsOf(LaunchEndpointProtocolValues)}
          noneLabel="Not set (EGP default)"
          description="The calling convention the Launch endpoint expects."
        />
        <SelectField
          name="vendor_configuration.vendor"
          label="Vendor"
          options={optionsOf(TEMPLATE_VENDORS)}
          description="LAUNCH; older CLI files say LLMENGINE."
        />
      </div>
    </FormSection>
  );
}
