import { z } from "zod";
import {
  DEPLOYMENT_SORT_FIELDS,
  GROUP_SORT_FIELDS,
  MODEL_ORIGINS,
  MODEL_SORT_FIELDS,
  PAGE_SIZES,
  TEMPLATE_SORT_FIELDS,
} from "../api/list-params";
import { ModelDeploymentStatusValues, ModelTypeValues, ModelVendorValues } from "../egp/enums.gen";

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

export const modelListSchema = z.object({
  ...base,
  sort: sortOf(MODEL_SORT_FIELDS),
  model_type: z.enum(ModelTypeValues).optional(),
  vendor: z.enum(ModelVendorValues).optional(),
  group: z.string().max(200).optional(),
  origin: z.enum(MODEL_ORIGINS).optional(),
  template: z.string().max(200).optional(),
});

export const templateListSchema = z.object({
  ...base,
  sort: sortOf(TEMPLATE_SORT_FIELDS),
  model_type: z.enum(ModelTypeValues).optional(),
});

export const deploymentListSchema = z.object({
  ...base,
  sort: sortOf(DEPLOYMENT_SORT_FIELDS),
  status: z.enum(ModelDeploymentStatusValues).optional(),
  model: z.string().max(200).optional(),
});

export const groupListSchema = z.object({ ...base, sort: sortOf(GROUP_SORT_FIELDS) });

export type ModelListParams = z.infer<typeof modelListSchema>;
export type TemplateListParams = z.infer<typeof templateListSchema>;
export type DeploymentListParams = z.infer<typeof deploymentListSchema>;
export type GroupListParams = z.infer<typeof groupListSchema>;
