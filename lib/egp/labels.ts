import type { DeploymentStatus } from "./types";

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
