import { afterAll, beforeAll, expect } from "vitest";
import { callJson, openTestEgp, templateId, waitForDeployment, type TestEgp } from "./open-test-egp";

/** The by-name routes' tests: a server with a model of each use deployed, and their SSE reader. */

export const CHAT = "llama-3-2-1b-instruct";
export const COMPLETION = "local-completion";
export const AGENT = "gpt-4";
export const T0 = new Date("2026-03-01T12:00:00Z");

/**
 * A server at T0 serving CHAT, COMPLETION and AGENT (READY) and "gpt-4o", a chat model whose engine
 * cannot load (UPDATE_FAILED, with a reason); `ids` names each one's model and deployment.
 */
export function withServedByName() {
  const served = {
    egp: undefined as unknown as TestEgp,
    ids: {} as Record<string, { modelId: string; deploymentId: string }>,
    post: (path: string, body: unknown) => callJson(served.egp, "POST", path, { body }),
  };

  async function deploy(name: string, template: string, modelType: string, params: Record<string, unknown>) {
    const { egp } = served;
    const model = await callJson(egp, "POST", "/v4/models", {
      body: {
        name,
        model_type: modelType,
        account_id: egp.bootstrap.accountId,
        model_template_id: await templateId(egp, template),
        model_creation_parameters: params,
      },
    });
    const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, {
      body: { name: "d" },
    });
    const status = (await waitForDeployment(egp, model.body.id, dep.body.id)).status;
    served.ids[name] = { modelId: model.body.id, deploymentId: dep.body.id };
    return status;
  }

  beforeAll(async () => {
    served.egp = await openTestEgp({ now: () => T0 });
    expect(await deploy(CHAT, "Local GGUF chat", "CHAT_COMPLETION", { MODEL_PATH: "/m.gguf" })).toBe("READY");
    expect(await deploy(COMPLETION, "Local GGUF completion", "COMPLETION", { MODEL_PATH: "/m.gguf" })).toBe(
      "READY",
    );
    expect(
      await deploy(AGENT, "Agent (OpenAI-compatible)", "AGENT", { BASE_URL: "http://x", MODEL: "gpt-4" }),
    ).toBe("READY");
    expect(
      await deploy("gpt-4o", "Local GGUF chat", "CHAT_COMPLETION", { MODEL_PATH: "/missing.gguf" }),
    ).toBe("UPDATE_FAILED");
  });
  afterAll(async () => {
    await served.egp?.close();
  });
  return served;
}
