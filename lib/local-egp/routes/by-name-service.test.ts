import { describe, expect, test } from "vitest";
import { resolveByName, servedModelNames, servedModels } from "../services/by-name";
import { callJson, openTestEgp, templateId } from "../testing/open-test-egp";
import { AGENT, CHAT, COMPLETION, withServedByName } from "../testing/served-by-name";
import { serviceContext } from "../testing/service-context";
import { stubEngine } from "../testing/stub-engines";

const served = withServedByName();
const { ids } = served;

describe("roles and the service the console calls", () => {
  test("viewers list the served chat names but cannot execute by name", async () => {
    const { apiKey } = await served.egp.users.createUser("by-name-viewer@local", "viewer");
    const list = await callJson(served.egp, "GET", "/v5/chat/completions/models", { key: apiKey });
    expect(list.status).toBe(200);
    for (const [path, body] of [
      ["/v4/completions", { model: COMPLETION, prompt: "x" }],
      ["/v4/chat-completions", { model: CHAT, messages: [] }],
      ["/v4/agents/execute", { model: AGENT, tools: [], messages: [] }],
      ["/v5/chat/completions", { model: CHAT, messages: [] }],
      ["/v5/completions", { model: COMPLETION, prompt: "x" }],
    ] as const) {
      const res = await callJson(served.egp, "POST", path, { body, key: apiKey });
      expect(res.status, path).toBe(403);
    }
  });

  test("servedModels lists what answers each use; resolveByName picks the READY deployment", async () => {
    const ctx = await serviceContext(served.egp);
    const all = await servedModels(ctx);
    expect(all.map((m) => [m.name, m.modelType, m.uses])).toEqual([
      [AGENT, "AGENT", ["chat", "agent"]],
      [CHAT, "CHAT_COMPLETION", ["completion", "chat", "agent"]],
      [COMPLETION, "COMPLETION", ["completion"]],
    ]);
    expect(all.find((m) => m.name === CHAT)).toMatchObject({
      modelId: ids[CHAT].modelId,
      deploymentId: ids[CHAT].deploymentId,
      builtin: false,
    });
    expect(await servedModelNames(ctx, "completion")).toEqual([CHAT, COMPLETION]);
    const route = await callJson(served.egp, "GET", "/local/served-models?use=agent");
    expect(route.body.items).toEqual([
      expect.objectContaining({ name: AGENT, model_type: "AGENT", uses: ["chat", "agent"] }),
      expect.objectContaining({ name: CHAT, deployment_id: ids[CHAT].deploymentId, builtin: false }),
    ]);
    expect((await callJson(served.egp, "GET", "/local/served-models?use=nope")).status).toBe(422);
    const target = await resolveByName(ctx, CHAT, "chat");
    expect(target.deployment.id).toBe(ids[CHAT].deploymentId);
    await expect(resolveByName(ctx, COMPLETION, "chat")).rejects.toThrow(
      `"${COMPLETION}" is a COMPLETION model; chat completions need a CHAT_COMPLETION or AGENT model`,
    );
  });
});

describe("a model still deploying", () => {
  test("is a 409 (a retry can succeed), then answers once READY", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = await openTestEgp({
      loadEngine: async (spec) => {
        if (spec.config.MODEL_PATH === "/slow.gguf") await gate;
        return stubEngine(spec);
      },
    });
    try {
      const model = await callJson(slow, "POST", "/v4/models", {
        body: {
          name: CHAT,
          model_type: "CHAT_COMPLETION",
          account_id: slow.bootstrap.accountId,
          model_template_id: await templateId(slow, "Local GGUF chat"),
          model_creation_parameters: { MODEL_PATH: "/slow.gguf" },
        },
      });
      await callJson(slow, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name: "d" } });
      const body = { model: CHAT, messages: [{ role: "user", content: "Hi" }] };
      const early = await callJson(slow, "POST", "/v4/chat-completions", { body });
      expect(early.status).toBe(409);
      expect(early.body.detail).toContain(`Model "${CHAT}" is still deploying`);
      release();
      await slow.idle();
      const later = await callJson(slow, "POST", "/v4/chat-completions", { body });
      expect(later.status).toBe(200);
    } finally {
      release();
      await slow.close();
    }
  });
});
