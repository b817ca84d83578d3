const e = encodeURIComponent;

/** `?a=1&b=2` from the given values, skipping missing ones; "" when none is left. */
function query(values: Record<string, string | null | undefined>): string {
  const parts = Object.entries(values).flatMap(([key, value]) => (value ? [`${key}=${e(value)}`] : []));
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Every page address the console links or navigates to, built in one place. */
export const hrefs = {
  models: () => "/models",
  model: (id: string) => `/models/${e(id)}`,
  newModel: (templateId?: string) => `/models/new${query({ template: templateId })}`,
  deployments: (filter: { model?: string } = {}) => `/deployments${query(filter)}`,
  deployment: (modelId: string, deploymentId: string) =>
    `/models/${e(modelId)}/deployments/${e(deploymentId)}`,
  templates: () => "/templates",
  template: (id: string) => `/templates/${e(id)}`,
  newTemplate: () => "/templates/new",
  groups: () => "/groups",
  group: (id: string) => `/groups/${e(id)}`,
  users: () => "/users",
  fineTuning: (filter: { model?: string } = {}) => `/fine-tuning${query(filter)}`,
  fineTuningJob: (id: string) => `/fine-tuning/${e(id)}`,
  newFineTuningJob: (filter: { model?: string; dataset?: string } = {}) => `/fine-tuning/new${query(filter)}`,
  trainingDatasets: () => "/fine-tuning/datasets",
  newTrainingDataset: (filter: { kind?: string; next?: string } = {}) =>
    `/fine-tuning/datasets/new${query(filter)}`,
  /** The playground, open on a deployment (and its model, when known). */
  playground: (target?: { deployment: string; model?: string | null }) =>
    `/playground${query({ deployment: target?.deployment, model: target?.model })}`,
  /** The playground's A/B view: one deployment beside another, on a query (reranking) when given. */
  playgroundCompare: (target: {
    deployment: string;
    model?: string | null;
    compare: string;
    q?: string | null;
    /** The whole input, encoded as the playground's `input` parameter (lib/playground/draft-codec). */
    input?: string | null;
  }) =>
    `/playground${query({ deployment: target.deployment, model: target.model, compare: target.compare, q: target.q, input: target.input })}`,
  /** A saved playground run's permalink. */
  playgroundRun: (id: string) => `/playground/runs/${e(id)}`,
  /** The playground, reopening a saved run (its input, and its output when kept). */
  playgroundReopen: (run: { id: string; deploymentId: string; modelId: string }) =>
    `/playground${query({ deployment: run.deploymentId, model: run.modelId, run: run.id })}`,
  signIn: (params: { error?: string; next?: string } = {}) => `/sign-in${query(params)}`,
} as const;
