/**
 * Compile-time checks that the embedded server's request schemas accept what the spec's request types
 * describe, and nothing else: `npx tsc` fails when openapi.json (regenerated into schema.gen.ts) and
 * a schema here drift apart. Nothing in this file runs.
 */
import type { z } from "zod";
import type { components } from "@/lib/egp/schema.gen";
import type {
  DeploymentPatchSchema,
  DeploymentRequestSchema,
  GroupPatchSchema,
  GroupRequestSchema,
  ModelPatchSchema,
  ModelRequestSchema,
} from "./resources";
import type { FineTuningJobRequestSchema } from "./fine-tuning";
import type { TemplateRequestSchema } from "./templates";

type Schemas = components["schemas"];

/**
 * A request's shape with null read as "not set" (scale_egp sends explicit nulls) and every field
 * optional (the servers fill EGP's defaults): what is left is the set of keys and the values each takes.
 */
type Shape<T> = T extends readonly (infer U)[]
  ? Shape<U>[]
  : T extends object
    ? { [K in keyof T]?: Shape<Exclude<T[K], null | undefined>> }
    : T;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/**
 * Same keys and value types, at every depth, as the parsed body (defaults filled, nulls dropped), and
 * every request the spec allows type-checks as the schema's input (no field required that EGP does not).
 */
type Conforms<S extends z.ZodType, Spec> =
  Equal<Shape<z.output<S>>, Shape<Spec>> extends true
    ? [Spec] extends [z.input<S>]
      ? true
      : "a request the spec allows does not fit the schema's input"
    : "keys or value types differ from the spec";

type LaunchVendorConfiguration =
  Schemas["egp_api_backend__server__utils__model_schemas__model_vendor_configuration__LaunchVendorConfiguration"];
/**
 * Two known departures: the seed docs' CLI JSON sends LLMENGINE as a template's vendor, which EGP
 * accepted; the fine-tuning bundle is stored as given (local fine-tuning jobs do not read it).
 */
type TemplateRequest = Omit<Schemas["ModelTemplateRequest"], "vendor_configuration"> & {
  vendor_configuration: Omit<LaunchVendorConfiguration, "vendor" | "fine_tuning_job_bundle_config"> & {
    vendor?: LaunchVendorConfiguration["vendor"] | "LLMENGINE";
    fine_tuning_job_bundle_config?: Record<string, unknown>;
  };
};

export type SpecConformance = [
  Expect<Conforms<typeof TemplateRequestSchema, TemplateRequest>>,
  Expect<Conforms<typeof ModelRequestSchema, Schemas["ModelInstanceRequest"]>>,
  Expect<Conforms<typeof ModelPatchSchema, Schemas["PartialModelInstanceRequest"]>>,
  Expect<Conforms<typeof DeploymentRequestSchema, Schemas["ModelDeploymentRequest"]>>,
  Expect<Conforms<typeof DeploymentPatchSchema, Schemas["PartialModelDeploymentRequest"]>>,
  Expect<Conforms<typeof GroupRequestSchema, Schemas["ModelGroupRequest"]>>,
  Expect<Conforms<typeof GroupPatchSchema, Schemas["PartialModelGroupRequest"]>>,
  Expect<Conforms<typeof FineTuningJobRequestSchema, Schemas["FineTuningJobRequest"]>>,
];
