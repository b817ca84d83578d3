import { z } from "zod";
import { GpuTypeSchema } from "./enums";

/** An optional field that reads as `fallback` when missing or null, as EGP fills its defaults. */
export const withDefault = <S extends z.ZodType>(schema: S, fallback: z.output<S>) =>
  schema.nullish().transform((v) => v ?? fallback);

const int = () => z.number().int();

/** Worker scaling, shared by Launch endpoint configs and both deployment vendor configs. */
export const workerFields = {
  min_workers: withDefault(int(), 0),
  max_workers: withDefault(int(), 1),
  per_worker: withDefault(int(), 10),
};

/** Compute resources with the spec's defaults (CreateModelEndpointConfig, LLMEngine deployment config). */
export const resourceFields = {
  cpus: withDefault(int(), 3),
  memory: withDefault(z.string(), "8Gi"),
  storage: withDefault(z.string(), "16Gi"),
  gpus: withDefault(int(), 0),
  gpu_type: GpuTypeSchema.nullish(),
  ...workerFields,
  high_priority: withDefault(z.boolean(), false),
};
