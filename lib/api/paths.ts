const e = encodeURIComponent;

/** The console API's routes, as the browser calls them (query options and mutation options). */
export const apiPaths = {
  templates: "/api/templates",
  template: (id: string) => `/api/templates/${e(id)}`,
  models: "/api/models",
  model: (id: string) => `/api/models/${e(id)}`,
  deployments: "/api/deployments",
  modelDeployments: (modelId: string) => `/api/models/${e(modelId)}/deployments`,
  deployment: (modelId: string, deploymentId: string) =>
    `/api/models/${e(modelId)}/deployments/${e(deploymentId)}`,
  deploymentLogs: (modelId: string, deploymentId: string) =>
    `/api/models/${e(modelId)}/deployments/${e(deploymentId)}/logs`,
  usage: (scope: "models" | "deployments" | "groups", id: string) => `/api/usage/${scope}/${e(id)}`,
  groups: "/api/groups",
  group: (id: string) => `/api/groups/${e(id)}`,
  groupModel: (groupId: string, modelId: string) => `/api/groups/${e(groupId)}/models/${e(modelId)}`,
  users: "/api/users",
  user: (id: string) => `/api/users/${e(id)}`,
  userKeys: (userId: string) => `/api/users/${e(userId)}/api-keys`,
  userKey: (userId: string, keyId: string) => `/api/users/${e(userId)}/api-keys/${e(keyId)}`,
  fineTuningJobs: "/api/fine-tuning-jobs",
  fineTuningJob: (id: string) => `/api/fine-tuning-jobs/${e(id)}`,
  fineTuningJobEvents: (id: string) => `/api/fine-tuning-jobs/${e(id)}/events`,
  trainingDatasets: "/api/training-datasets",
  trainingDataset: (id: string) => `/api/training-datasets/${e(id)}`,
  trainingDatasetContents: (id: string) => `/api/training-datasets/${e(id)}/contents`,
  playgroundRuns: "/api/playground/runs",
  playgroundRun: (id: string) => `/api/playground/runs/${e(id)}`,
  playgroundPresets: "/api/playground/presets",
  playgroundPreset: (id: string) => `/api/playground/presets/${e(id)}`,
  session: "/api/session",
  sessionAccount: "/api/session/account",
} as const;
