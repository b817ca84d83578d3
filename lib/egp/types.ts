import type { components } from "./schema.gen";

type Schemas = components["schemas"];

export type ModelTemplate = Schemas["ModelTemplateResponse"];
export type ModelTemplateRequest = Schemas["ModelTemplateRequest"];
export type Model = Schemas["ModelInstanceResponseWithViews"];
export type ModelRequest = Schemas["ModelInstanceRequest"];
export type ModelPatch = Schemas["PartialModelInstanceRequest"];
export type Deployment = Schemas["ModelDeploymentResponse"];
export type DeploymentRequest = Schemas["ModelDeploymentRequest"];
export type DeploymentPatch = Schemas["PartialModelDeploymentRequest"];
export type ModelGroup = Schemas["ModelGroupResponse"];
export type ModelGroupRequest = Schemas["ModelGroupRequest"];
export type DeleteResult = Schemas["DeleteResponse"];
export type UserInfo = Schemas["UserInfo"];
export type ParameterSchema = Schemas["ParameterSchema"];
export type ParameterSchemaField = Schemas["ParameterSchemaField"];
export type ModelType = Model["model_type"];
export type ChunksRankRequest = Schemas["ChunksRankRequest"];
export type ChunksRankResponse = Schemas["ChunksRankResponse"];
export type TrainingDataset = Schemas["TrainingDatasetResponse"];
export type TrainingDatasetSchemaType = Schemas["TrainingDatasetORMSchemaTypeEnum"];
export type TrainingDatasetItem = Schemas["TrainingDatasetGenerationItem"];
export type FineTuningJob = Schemas["FineTuningJobResponse"];
export type FineTuningJobRequest = Schemas["FineTuningJobRequest"];
export type FineTuningJobStatus = Schemas["FineTuningJobStatus"];
export type FineTuningJobEvent = Schemas["FineTuningJobEvent"];

export type Page<T> = { items: T[]; total_item_count: number; current_page: number; items_per_page: number };

/** Launch's states; the spec's Deployment.status is a free string, so answers may hold others. */
export type DeploymentStatus = Schemas["ModelDeploymentStatus"];
export type ModelVendor = Schemas["ModelVendor"];

/** A deployment in one of these changes only when someone acts on it. */
const FINAL_STATUSES = ["READY", "UPDATE_FAILED"] as const satisfies readonly DeploymentStatus[];

export function isFinalStatus(status: string | null | undefined): boolean {
  return (FINAL_STATUSES as readonly (string | null | undefined)[]).includes(status);
}

export type FineTuningVendorConfiguration = Schemas["FineTuningJobVendorConfiguration"];

/** A job in one of these changes no more. */
const FINAL_JOB_STATUSES = [
  "COMPLETED",
  "FAILED",
  "CANCELED",
] as const satisfies readonly FineTuningJobStatus[];

export function isFinalJobStatus(status: string | null | undefined): boolean {
  return (FINAL_JOB_STATUSES as readonly (string | null | undefined)[]).includes(status);
}
