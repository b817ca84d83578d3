import { afterAll, beforeAll, expect } from "vitest";
import { callJson, openTestEgp, templateId, waitForDeployment, type TestEgp } from "./open-test-egp";

/** The spec-edge tests' server, with unique names and the models and templates they make on it. */

let n = 0;
const uid = () => `${Date.now().toString(36)}-${++n}`;

export function withEdgesServer() {
  const edges = {
    egp: undefined as unknown as TestEgp,
    account: "",
    uid,
    deployed,
    templateBody,
  };

  /** A model of `template` with one deployment, and the status that deployment settled in. */
  async function deployed(template: string, type: string, params?: Record<string, unknown>) {
    const { egp } = edges;
    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name: `m-${uid()}`,
        model_type: type,
        account_id: edges.account,
        model_template_id: await templateId(egp, template),
        ...(params ? { model_creation_parameters: params } : {}),
      },
    });
    expect(model.status, JSON.stringify(model.body)).toBe(200);
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    const final = await waitForDeployment(egp, model.body.id, dep.body.id);
    return { modelId: model.body.id as string, deploymentId: dep.body.id as string, status: final.status };
  }

  /** A valid local embedding template's create body, with `extra` over it. */
  function templateBody(extra: Record<string, unknown> = {}) {
    return {
      name: `t-${uid()}`,
      endpoint_type: "SYNC",
      model_type: "EMBEDDING",
      account_id: edges.account,
      vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
      ...extra,
    };
  }

  beforeAll(async () => {
    edges.egp = await openTestEgp();
    edges.account = edges.egp.bootstrap.accountId;
  });
  afterAll(async () => {
    await edges.egp?.close();
  });
  return edges;
}
