import { z } from "zod";
import type { components } from "@/lib/egp/schema.gen";
import {
  GPUTypeValues,
  LaunchEndpointProtocolValues,
  ModelEndpointTypeValues,
  ModelTypeValues,
  ModelVendorValues,
} from "@/lib/egp/enums.gen";
import { jsonObject } from "@/lib/schemas/json-field";

export type ModelType = components["schemas"]["ModelType"];
export type DeploymentStatus = components["schemas"]["ModelDeploymentStatus"];

export const ModelTypeSchema = z.enum(ModelTypeValues);
export const EndpointTypeSchema = z.enum(ModelEndpointTypeValues);
export const ModelVendorSchema = z.enum(ModelVendorValues);
export const EndpointProtocolSchema = z.enum(LaunchEndpointProtocolValues);
export const GpuTypeSchema = z.enum(GPUTypeValues);

/**
 * Keeps the caller's object as is (field names may be "__proto__" or "constructor", which copying
 * would corrupt), bounded in nesting, size and keys so a stored one cannot break the lists.
 */
export const PlainObjectSchema = jsonObject();
