import { id, type Step } from "./spec-coverage-step";

/** The steps that make, read and change resources (accounts to deployments), and those that remove them. */

export function resourceSteps(accountId: string): Step[] {
  const template = (name: string) => ({
    name,
    endpoint_type: "ASYNC",
    model_type: "EMBEDDING",
    account_id: accountId,
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: { registry: "local", image: "hash-embedding", tag: "1" },
    },
  });
  return [
    { op: "GET /user-info", path: () => "/user-info" },
    { op: "GET /v4/accounts", path: () => "/v4/accounts" },
    {
      op: "POST /v4/accounts",
      path: () => "/v4/accounts",
      body: (c) => ({ name: "coverage account", account_group_id: c.accountGroupId ?? "default" }),
      keep: (b, c) => void (c.newAccountId = id(b)),
    },
    { op: "GET /v4/accounts/{id}", path: (c) => `/v4/accounts/${c.newAccountId ?? accountId}` },
    {
      op: "PATCH /v4/accounts/{id}",
      path: (c) => `/v4/accounts/${c.newAccountId ?? accountId}`,
      body: () => ({ name: "coverage account renamed" }),
    },
    { op: "GET /v4/knowledge-base-embedding-models", path: () => "/v4/knowledge-base-embedding-models" },

    // Templates, v3 and v4.
    {
      op: "POST /v4/model-templates",
      path: () => "/v4/model-templates",
      body: () => template("coverage v4 template"),
      keep: (b, c) => void (c.templateId = id(b)),
    },
    {
      op: "POST /v3/model-templates",
      path: () => "/v3/model-templates",
      body: () => template("coverage v3 template"),
      keep: (b, c) => void (c.v3TemplateId = id(b)),
    },
    { op: "GET /v4/model-templates", path: () => "/v4/model-templates" },
    { op: "GET /v3/model-templates", path: () => "/v3/model-templates" },
    { op: "GET /v4/model-templates/{model_template_id}", path: (c) => `/v4/model-templates/${c.templateId}` },
    {
      op: "GET /v3/model-templates/{model_template_id}",
      path: (c) => `/v3/model-templates/${c.v3TemplateId}`,
    },

    // Groups.
    {
      op: "POST /v4/model-groups",
      path: () => "/v4/model-groups",
      body: () => ({ name: "coverage group", account_id: accountId }),
      keep: (b, c) => void (c.groupId = id(b)),
    },
    {
      op: "POST /v3/model-groups",
      path: () => "/v3/model-groups",
      body: () => ({ name: "coverage v3 group", account_id: accountId }),
      keep: (b, c) => void (c.v3GroupId = id(b)),
    },
    { op: "GET /v4/model-groups", path: () => "/v4/model-groups" },
    { op: "GET /v3/model-groups", path: () => "/v3/model-groups" },
    { op: "GET /v4/model-groups/{model_group_id}", path: (c) => `/v4/model-groups/${c.groupId}` },
    { op: "GET /v3/model-groups/{model_group_id}", path: (c) => `/v3/model-groups/${c.v3GroupId}` },
    {
      op: "PATCH /v4/model-groups/{model_group_id}",
      path: (c) => `/v4/model-groups/${c.groupId}`,
      body: () => ({ description: "patched" }),
    },
    {
      op: "PATCH /v3/model-groups/{model_group_id}",
      path: (c) => `/v3/model-groups/${c.v3GroupId}`,
      body: () => ({ description: "patched" }),
    },

    // Models.
    {
      op: "POST /v4/models",
      path: () => "/v4/models",
      body: (c) => ({
        name: "coverage-v4-model",
        model_type: "EMBEDDING",
        account_id: accountId,
        model_template_id: c.templateId,
      }),
      keep: (b, c) => void (c.modelId = id(b)),
    },
    {
      op: "POST /v3/models",
      path: () => "/v3/models",
      body: (c) => ({
        name: "coverage-v3-model",
        model_type: "EMBEDDING",
        account_id: accountId,
        model_template_id: c.v3TemplateId,
      }),
      keep: (b, c) => void (c.v3ModelId = id(b)),
    },
    { op: "GET /v4/models", path: () => "/v4/models", query: () => ({ view: "Deployments" }) },
    { op: "GET /v3/models", path: () => "/v3/models" },
    { op: "GET /v4/models/{model_id}", path: (c) => `/v4/models/${c.modelId}` },
    { op: "GET /v3/models/{model_id}", path: (c) => `/v3/models/${c.v3ModelId}` },
    {
      op: "PATCH /v4/models/{model_id}",
      path: (c) => `/v4/models/${c.modelId}`,
      body: () => ({ description: "patched" }),
    },
    {
      op: "PATCH /v3/models/{model_id}",
      path: (c) => `/v3/models/${c.v3ModelId}`,
      body: () => ({ description: "patched" }),
    },
    {
      op: "POST /v4/model-groups/{model_group_id}/models/{model_instance_id}",
      path: (c) => `/v4/model-groups/${c.groupId}/models/${c.modelId}`,
    },
    {
      op: "POST /v3/model-groups/{model_group_id}/models/{model_instance_id}",
      path: (c) => `/v3/model-groups/${c.v3GroupId}/models/${c.v3ModelId}`,
    },

    // Deployments.
    {
      op: "POST /v4/models/{model_instance_id}/deployments",
      path: (c) => `/v4/models/${c.modelId}/deployments`,
      body: () => ({ name: "coverage-v4-deployment" }),
      keep: (b, c) => void (c.deploymentId = id(b)),
    },
    {
      op: "POST /v3/models/{model_instance_id}/deployments",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments`,
      body: () => ({ name: "coverage-v3-deployment" }),
      keep: (b, c) => void (c.v3DeploymentId = id(b)),
    },
    {
      op: "GET /v4/models/{model_instance_id}/deployments",
      path: (c) => `/v4/models/${c.modelId}/deployments`,
    },
    {
      op: "GET /v3/models/{model_instance_id}/deployments",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments`,
    },
    { op: "GET /v4/model-deployments", path: () => "/v4/model-deployments" },
    { op: "GET /v3/model-deployments", path: () => "/v3/model-deployments" },
    {
      op: "GET /v4/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v4/models/${c.modelId}/deployments/${c.deploymentId}`,
    },
    {
      op: "GET /v3/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments/${c.v3DeploymentId}`,
    },
    {
      op: "PATCH /v4/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v4/models/${c.modelId}/deployments/${c.deploymentId}`,
      body: () => ({ deployment_metadata: { note: "patched" } }),
    },
    {
      op: "PATCH /v3/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments/${c.v3DeploymentId}`,
      body: () => ({ deployment_metadata: { note: "patched" } }),
    },
  ];
}

/** Removes what resourceSteps made, deployments first. */
export function teardownSteps(): Step[] {
  return [
    {
      op: "DELETE /v4/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v4/models/${c.modelId}/deployments/${c.deploymentId}`,
    },
    {
      op: "DELETE /v3/models/{model_instance_id}/deployments/{deployment_id}",
      path: (c) => `/v3/models/${c.v3ModelId}/deployments/${c.v3DeploymentId}`,
    },
    { op: "DELETE /v4/models/{model_id}", path: (c) => `/v4/models/${c.modelId}` },
    { op: "DELETE /v3/models/{model_id}", path: (c) => `/v3/models/${c.v3ModelId}` },
    { op: "DELETE /v4/model-groups/{model_group_id}", path: (c) => `/v4/model-groups/${c.groupId}` },
    { op: "DELETE /v3/model-groups/{model_group_id}", path: (c) => `/v3/model-groups/${c.v3GroupId}` },
    {
      op: "DELETE /v4/model-templates/{model_template_id}",
      path: (c) => `/v4/model-templates/${c.templateId}`,
    },
    {
      op: "DELETE /v3/model-templates/{model_template_id}",
      path: (c) => `/v3/model-templates/${c.v3TemplateId}`,
    },
  ];
}
