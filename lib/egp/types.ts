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

export type Page<T> = { items: T[]; total_item_count: number; current_page: number; items_per_page: number };

export const MODEL_TYPES = [
  "COMPLETION",
  "CHAT_COMPLETION",
  "AGENT",
  "EMBEDDING",
  "RERANKING",
  "GENERIC",
  "BUNDLE",
] as const satisfies readonly ModelType[];

export const MODEL_VENDORS = [
  "OPENAI",
  "COHERE",
  "GOOGLE",
  "VERTEX_AI",
  "ANTHROPIC",
  "LAUNCH",
  "LLMENGINE",
  "BEDROCK",
  "OTHER",
] as const;

/** Launch-style deployment states; READY and UPDATE_FAILED are final. */
export const DEPLOYMENT_STATUSES = [
  "UPDATE_PENDING",
  "UPDATE_IN_PROGRESS",
  "READY",
  "UPDATE_FAILED",
  "DELETE_IN_PROGRESS",
] as const;

export function isFinalStatus(status: string | null | undefined): boolean {
  return status === "READY" || status === "UPDATE_FAILED" || status === "FAILED";
}
