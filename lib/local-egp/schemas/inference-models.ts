import { z } from "zod";
import { GPUTypeValues, InferenceModelVendorValues } from "@/lib/egp/enums.gen";
import { boundedJson } from "@/lib/schemas/json-field";
import { PlainObjectSchema } from "./enums";
import { withDefault } from "./launch-resources";
import { nameString, settingString } from "./text";

/**
 * The v5 `/v5/models` bodies (InferenceModel): a model with its own image and infrastructure, no
 * template or deployments. Optional fields read null as unset; defaults are the spec's.
 */
const int = () => z.number().int();
const str = () => settingString();
const strings = () => z.array(str()).max(1_000);
const labels = () => z.record(z.string(), z.string());

export { InferenceModelVendorValues };

const imageFields = {
  registry: str(),
  repository: str(),
  tag: str(),
  predict_route: str(),
  command: strings(),
  streaming_predict_route: str(),
  streaming_command: strings(),
  request_schema: PlainObjectSchema,
  response_schema: PlainObjectSchema,
  env_vars: PlainObjectSchema,
  readiness_delay: int(),
  healthcheck_route: str(),
};
const infraFields = {
  endpoint_type: z.enum(["async", "sync", "streaming"]),
  cpus: z.union([str(), int()]),
  gpus: int(),
  gpu_type: z.enum(GPUTypeValues),
  memory: str(),
  storage: str(),
  min_workers: int(),
  max_workers: int(),
  per_worker: int(),
  high_priority: z.boolean(),
  labels: labels(),
  public_inference: z.boolean(),
};
const llmEngineFields = {
  model: str(),
  inference_framework_image_tag: str(),
  nodes_per_worker: int(),
  min_workers: int(),
  max_workers: int(),
  per_worker: int(),
  num_shards: int(),
  labels: labels(),
  source: str(),
  inference_framework: str(),
  endpoint_type: str(),
  quantize: str(),
  checkpoint_path: str(),
  post_inference_hooks: strings(),
  cpus: int(),
  gpus: int(),
  memory: str(),
  gpu_type: str(),
  storage: str(),
  high_priority: z.boolean(),
  default_callback_url: str(),
  public_inference: z.boolean(),
};

const i = imageFields;
const LaunchImageSchema = z.object({
  registry: i.registry,
  repository: i.repository,
  tag: i.tag,
  predict_route: withDefault(i.predict_route, "/predict"),
  command: i.command,
  streaming_predict_route: i.streaming_predict_route.nullish(),
  streaming_command: i.streaming_command.nullish(),
  request_schema: withDefault(i.request_schema, {}),
  response_schema: withDefault(i.response_schema, {}),
  env_vars: withDefault(i.env_vars, {}),
  readiness_delay: withDefault(i.readiness_delay, 120),
  healthcheck_route: withDefault(i.healthcheck_route, "/readyz"),
});
const f = infraFields;
const LaunchInfraSchema = z.object({
  endpoint_type: withDefault(f.endpoint_type, "sync"),
  cpus: withDefault(f.cpus, 3),
  gpus: withDefault(f.gpus, 0),
  gpu_type: f.gpu_type.nullish(),
  memory: withDefault(f.memory, "8Gi"),
  storage: withDefault(f.storage, "16Gi"),
  min_workers: withDefault(f.min_workers, 0),
  max_workers: withDefault(f.max_workers, 1),
  per_worker: withDefault(f.per_worker, 10),
  high_priority: withDefault(f.high_priority, false),
  labels: f.labels.nullish(),
  public_inference: withDefault(f.public_inference, false),
});
export const LaunchVendorConfigurationSchema = z.object({
  model_image: LaunchImageSchema,
  model_infra: LaunchInfraSchema,
});
export type LaunchVendorConfiguration = z.output<typeof LaunchVendorConfigurationSchema>;

const l = llmEngineFields;
/** The spec lets this one carry extra keys (additionalProperties: true): they are kept, bounded. */
export const LlmEngineVendorConfigurationSchema = boundedJson(
  z.looseObject({
    model: l.model,
    inference_framework_image_tag: withDefault(l.inference_framework_image_tag, "latest"),
    nodes_per_worker: withDefault(l.nodes_per_worker, 1),
    min_workers: withDefault(l.min_workers, 0),
    max_workers: withDefault(l.max_workers, 1),
    per_worker: withDefault(l.per_worker, 2),
    num_shards: withDefault(l.num_shards, 1),
    labels: withDefault(l.labels, {}),
    source: withDefault(l.source, "hugging_face"),
    inference_framework: withDefault(l.inference_framework, "vllm"),
    endpoint_type: withDefault(l.endpoint_type, "streaming"),
    quantize: l.quantize.nullish(),
    checkpoint_path: l.checkpoint_path.nullish(),
    post_inference_hooks: l.post_inference_hooks.nullish(),
    cpus: l.cpus.nullish(),
    gpus: l.gpus.nullish(),
    memory: l.memory.nullish(),
    gpu_type: l.gpu_type.nullish(),
    storage: l.storage.nullish(),
    high_priority: withDefault(l.high_priority, false),
    default_callback_url: l.default_callback_url.nullish(),
    public_inference: l.public_inference.nullish(),
  }),
);
export type LlmEngineVendorConfiguration = z.output<typeof LlmEngineVendorConfigurationSchema>;

const createFields = {
  name: nameString(),
  model_metadata: PlainObjectSchema.nullish(),
  on_conflict: withDefault(z.enum(["error", "update"]), "error"),
};
export const LaunchModelCreateSchema = z.object({
  ...createFields,
  model_type: withDefault(z.literal("generic"), "generic"),
  model_vendor: withDefault(z.literal("launch"), "launch"),
  vendor_configuration: LaunchVendorConfigurationSchema,
});
export const LlmEngineModelCreateSchema = z.object({
  ...createFields,
  model_type: withDefault(z.literal("chat_completion"), "chat_completion"),
  model_vendor: withDefault(z.literal("llmengine"), "llmengine"),
  vendor_configuration: LlmEngineVendorConfigurationSchema,
});
export type InferenceModelCreate =
  z.output<typeof LaunchModelCreateSchema> | z.output<typeof LlmEngineModelCreateSchema>;

/** Every field optional, none defaulted, no unknown keys (the spec's Partial… schemas forbid them). */
const partial = <T extends Record<string, z.ZodType>>(fields: T) =>
  z.strictObject(
    Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, s.nullish()])) as {
      [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>>;
    },
  );
export const PartialLaunchVendorConfigurationSchema = z.object({
  model_image: partial(imageFields).nullish(),
  model_infra: partial(infraFields).nullish(),
});
export const PartialLlmEngineVendorConfigurationSchema = partial(llmEngineFields);

/** The three patch shapes of ModelUpdateRequest in one: rename (with swap), metadata, configuration. */
export const InferenceModelPatchSchema = z.object({
  name: nameString().optional(),
  on_conflict: withDefault(z.enum(["error", "swap"]), "error"),
  model_metadata: PlainObjectSchema.nullish(),
  vendor_configuration: z.unknown().optional(),
});
export type InferenceModelPatch = z.output<typeof InferenceModelPatchSchema>;
