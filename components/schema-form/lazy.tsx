"use client";

import dynamic from "next/dynamic";

import { Skeleton } from "@/components/ui/skeleton";

export type { SchemaFormProps } from "./schema-form";
export type { SchemaFormHandle, SchemaFormValidation, SchemaFormValues } from "./types";

/** RJSF and ajv are large; only pages that render a parameters form load them. */
export const LazySchemaForm = dynamic(() => import("./schema-form").then((mod) => mod.SchemaForm), {
  ssr: false,
  loading: () => (
    <div className="space-y-3" role="status" aria-busy="true" aria-label="Loading parameters form">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-9 w-full" />
    </div>
  ),
});
