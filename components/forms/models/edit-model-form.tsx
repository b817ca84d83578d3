"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { modelEditFormSchema, type ModelEditFormValues } from "@/lib/schemas/models";
import { applyApiErrors, describeDetail, namedField } from "@/components/forms/apply-api-errors";
import { FormFailure } from "./form-failure";
import { TextField } from "./form-fields";
import { GroupPicker } from "./group-picker";

const FIELDS = Object.keys(modelEditFormSchema.shape);
const ID = "edit-model";

/** The fields EGP lets a model change. Presentational: `onSubmit` throws ApiError to show it here. */
export function EditModelForm({
  defaultValues,
  onSubmit,
  onCancel,
}: {
  defaultValues: ModelEditFormValues;
  onSubmit: (values: ModelEditFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<ModelEditFormValues>({ resolver: zodResolver(modelEditFormSchema), defaultValues });
  const [failure, setFailure] = useState<{ message: string; other: string[] } | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const { message, unplaced } = applyApiErrors(error, form.setError, namedField(FIELDS));
      setFailure({ message, other: unplaced.map(describeDetail) });
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label="Edit model">
        <TextField idPrefix={ID} name="name" label="Name" autoComplete="off" />
        <TextField idPrefix={ID} name="display_name" label="Display name" />
        <TextField idPrefix={ID} name="description" label="Description" multiline rows={3} />
        <GroupPicker idPrefix={ID} />
        <TextField idPrefix={ID} name="model_card" label="Model card" multiline rows={6} />
        <FormFailure failure={failure} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="outline" onClick={onCancel} disabled={form.formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting || !form.formState.isDirty}>
            {form.formState.isSubmitting && <Spinner aria-hidden />}
            Save changes
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
