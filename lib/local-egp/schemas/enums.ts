import { z } from "zod";
import { jsonObject } from "@/lib/schemas/json-field";

export const MODEL_TYPES = [
  "COMPLETION",
  "CHAT_COMPLETION",
  "AGENT",
  "EMBEDDING",
  "RERANKING",
  "GENERIC",
  "BUNDLE",
] as const;
export type ModelType = (typeof MODEL_TYPES)[number];
export const ModelTypeSchema = z.enum(MODEL_TYPES);
export const EndpointTypeSchema = z.enum(["SYNC", "ASYNC", "STREAMING", "BATCH"]);
export const ModelVendorSchema = z.enum([
  "OPENAI",
  "COHERE",
  "GOOGLE",
  "VERTEX_AI",
  "ANTHROPIC",
  "LAUNCH",
  "LLMENGINE",
  "BEDROCK",
  "OTHER",
]);
export const EndpointProtocolSchema = z.enum(["SGP", "COHERE", "VLLM"]);
export const GpuTypeSchema = z.enum([
  "nvidia-tesla-t4",
  "nvidia-ampere-a10",
  "nvidia-ampere-a100",
  "nvidia-ampere-a100e",
  "nvidia-hopper-h100",
  "nvidia-hopper-h100-1g20gb",
  "nvidia-hopper-h100-3g40gb",
]);

export const DEPLOYMENT_STATUSES = [
  "UPDATE_PENDING",
  "UPDATE_IN_PROGRESS",
  "READY",
  "UPDATE_FAILED",
  "DELETE_IN_PROGRESS",
] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/**
 * Keeps the caller's object as is (field names may be "__proto__" or "constructor", which copying
 * would corrupt), bounded in nesting, size and keys so a stored one cannot break the lists.
 */
export const PlainObjectSchema = jsonObject();
