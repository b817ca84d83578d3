import type { DeploymentStatus, ModelVendor } from "./types";

/** Words for each deployment state; a state added to the spec has no label until one is written here. */
export const DEPLOYMENT_STATUS_LABELS: Record<DeploymentStatus, string> = {
  UPDATE_PENDING: "Pending",
  UPDATE_IN_PROGRESS: "Deploying",
  READY: "Ready",
  UPDATE_FAILED: "Failed",
  DELETE_IN_PROGRESS: "Deleting",
};

/** A status from an answer, which may be one the spec does not list. */
export const isDeploymentStatus = (status: string): status is DeploymentStatus =>
  Object.hasOwn(DEPLOYMENT_STATUS_LABELS, status);

/** The words for a status ("Failed", not UPDATE_FAILED); one the spec does not list is shown as sent. */
export const deploymentStatusLabel = (status: string): string =>
  isDeploymentStatus(status) ? DEPLOYMENT_STATUS_LABELS[status] : status;

/** Vendors as their owners write them (the spec's values are constants, not names). */
export const MODEL_VENDOR_LABELS: Record<ModelVendor, string> = {
  OPENAI: "OpenAI",
  COHERE: "Cohere",
  GOOGLE: "Google",
  VERTEX_AI: "Vertex AI",
  ANTHROPIC: "Anthropic",
  LAUNCH: "Launch",
  LLMENGINE: "LLM Engine",
  BEDROCK: "Amazon Bedrock",
  OTHER: "Other",
};

/** A vendor's name; one the spec does not list is shown as the API wrote it. */
export const vendorLabel = (vendor: string | null | undefined): string | null =>
  vendor
    ? Object.hasOwn(MODEL_VENDOR_LABELS, vendor)
      ? MODEL_VENDOR_LABELS[vendor as ModelVendor]
      : vendor
    : null;
