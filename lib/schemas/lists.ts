import { z } from "zod";
import { DEPLOYMENT_STATUSES, MODEL_TYPES, MODEL_VENDORS } from "../egp/types";

export const PAGE_SIZES = [10, 25, 50, 100] as const;

const sortOf = <F extends string>(fields: readonly F[]) =>
  z
    .string()
    .regex(new RegExp(`^(${fields.join("|")}):(asc|desc)$`), "Sort as field:asc or field:desc")
    .optional();

const base = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce
    .number()
    .int()
    .refine((v) => (PAGE_SIZES as readonly number[]).includes(v), "Page size is 10, 25, 50 or 100")
    .default(25),
  q: z.string().trim().max(200).optional(),
};

export const MODEL_SORT_FIELDS = [
  "name",
  "display_name",
  "model_type",
  "model_vendor",
  "created_at",
  "deployment_count",
] as const;
export const modelListSchema = z.object({
  ...base,
  sort: sortOf(MODEL_SORT_FIELDS),
  model_type: z.enum(MODEL_TYPES).optional(),
  vendor: z.enum(MODEL_VENDORS).optional(),
  group: z.string().max(200).optional(),
  origin: z.enum(["builtin", "custom"]).optional(),
  template: z.string().max(200).optional(),
});

export const TEMPLATE_SORT_FIELDS = ["name", "model_type", "created_at"] as const;
export const templateListSchema = z.object({
  ...base,
  sort: sortOf(TEMPLATE_SORT_FIELDS),
  model_type: z.enum(MODEL_TYPES).optional(),
});

export const DEPLOYMENT_SORT_FIELDS = ["name", "status", "created_at"] as const;
export const deploymentListSchema = z.object({
  ...base,
  sort: sortOf(DEPLOYMENT_SORT_FIELDS),
  status: z.enum(DEPLOYMENT_STATUSES).optional(),
  model: z.string().max(200).optional(),
});

export const GROUP_SORT_FIELDS = ["name", "created_at"] as const;
export const groupListSchema = z.object({ ...base, sort: sortOf(GROUP_SORT_FIELDS) });

export type ModelListParams = z.infer<typeof modelListSchema>;
export type TemplateListParams = z.infer<typeof templateListSchema>;
export type DeploymentListParams = z.infer<typeof deploymentListSchema>;
export type GroupListParams = z.infer<typeof groupListSchema>;
