"use client";

import { useQuery } from "@tanstack/react-query";
import { Controller, useFormContext } from "react-hook-form";

import { Field, FieldDescription, FieldLabel } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ModelFormValues } from "@/lib/schemas/models";
import { groupQueries } from "@/lib/queries/groups";

const NO_GROUP = "__none__";

/** Chooses the model's group from the account's groups; "No group" leaves it out. */
export function GroupPicker({ idPrefix }: { idPrefix: string }) {
  const { control } = useFormContext<ModelFormValues>();
  const groups = useQuery(groupQueries.list({ limit: 100, sort: "name:asc" }));
  const id = `${idPrefix}-model_group_id`;
  return (
    <Controller
      control={control}
      name="model_group_id"
      render={({ field }) => (
        <Field>
          <FieldLabel htmlFor={id}>Group</FieldLabel>
          <Select
            value={field.value || NO_GROUP}
            onValueChange={(value) => field.onChange(value === NO_GROUP ? "" : value)}
            disabled={field.disabled}
          >
            <SelectTrigger id={id} className="w-full" aria-describedby={`${id}-description`}>
              <SelectValue placeholder="No group" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={NO_GROUP}>No group</SelectItem>
              {groups.data?.items.map((group) => (
                <SelectItem key={group.id} value={group.id}>
                  {group.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FieldDescription id={`${id}-description`}>
            {groups.isError
              ? `Groups could not be loaded: ${groups.error.message}`
              : "Optional. Groups collect related models."}
          </FieldDescription>
        </Field>
      )}
    />
  );
}
