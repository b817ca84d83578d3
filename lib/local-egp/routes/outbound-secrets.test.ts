import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadEngine } from "../engines";
import { startFakeOpenAiServer } from "../testing/fake-openai-server";
import { callJson, openTestEgp, waitForDeployment, type TestEgp } from "../testing/open-test-egp";

// A member must not be able to send the API_KEY an admin stored to a URL of the member's choosing.
const ADMIN_SECRET = "sk-admin-template-secret";
const MODEL_SECRET = "sk-admin-model-secret";
const MEMBER_SECRET = "sk-member-own-secret";
const PARAMS = "model_creation_parameters";

type Fake = Awaited<ReturnType<typeof startFakeOpenAiServer>>;
let egp: TestEgp;
let trusted: Fake;
let attacker: Fake;
let memberKey: string;
let templateId: string;

const uid = () => Math.random().toString(36).slice(2, 8);
const bearers = (server: Fake) => server.requests.map((r) => r.headers.authorization ?? "");
const secretsSeenBy = (server: Fake) =>
  [ADMIN_SECRET, MODEL_SECRET].filter((secret) => bearers(server).some((b) => b.includes(secret)));

beforeAll(async () => {
  [trusted, attacker] = await Promise.all([startFakeOpenAiServer(), startFakeOpenAiServer()]);
  // Both fakes listen on 127.0.0.1, so the allow-list does not decide these tests; its own tests use other hosts.
  egp = await openTestEgp({ loadEngine, engineAllowedHosts: "127.0.0.1" });
  memberKey = (await egp.users.createUser("member@outbound.test", "member")).apiKey;
  const template = await callJson(egp, "POST", "/v4/model-templates", {
    body: openAiTemplate(`admin-openai-${uid()}`, { BASE_URL: trusted.baseUrl, API_KEY: ADMIN_SECRET }),
  });
  expect(template.status).toBe(200);
  templateId = template.body.id;
});
afterAll(async () => {
  await egp?.close();
  await Promise.all([trusted?.close(), attacker?.close()]);
});

function openAiTemplate(name: string, env: Record<string, string>) {
  const param = (n: string) => ({ name: n, type: "str", description: n, required: false });
  return {
    name,
    endpoint_type: "SYNC",
    model_type: "CHAT_COMPLETION",
    vendor_configuration: {
      bundle_config: {
        registry: "local",
        image: "openai-compatible",
        tag: "1",
        env: { MODEL: "fake-model", ...env },
      },
    },
    model_creation_parameters_schema: { parameters: ["BASE_URL", "MODEL", "API_KEY"].map(param) },
    account_id: egp.bootstrap.accountId,
  };
}

async function createModel(params: Record<string, unknown> = {}, key?: string, template = templateId) {
  return callJson(egp, "POST", "/v4/models", {
    key,
    body: {
      name: `m-${uid()}`,
      model_type: "CHAT_COMPLETION",
      account_id: egp.bootstrap.accountId,
      model_template_id: template,
      [PARAMS]: params,
    },
  });
}

async function adminModel(params: Record<string, unknown> = {}) {
  const res = await createModel(params);
  expect(res.status).toBe(200);
  return res.body.id as string;
}

async function deploy(modelId: string, params: Record<string, unknown> | undefined, key?: string) {
  const res = await callJson(egp, "POST", `/v4/models/${modelId}/deployments`, {
    key,
    body: { name: `d-${uid()}`, ...(params ? { [PARAMS]: params } : {}) },
  });
  if (res.status === 200) await waitForDeployment(egp, modelId, res.body.id);
  return res;
}

function expectReenter(res: { status: number; body: { detail: unknown } }, field = "BASE_URL") {
  expect(res.status).toBe(422);
  expect(res.body.detail).toEqual([
    expect.objectContaining({
      loc: ["body", PARAMS, field],
      msg: expect.stringMatching(/re-enter API_KEY in the same request/i),
      type: "value_error",
    }),
  ]);
}

describe("a member cannot redirect a stored API_KEY (the attack)", () => {
  test("changing a model's BASE_URL without the key, or with the mask sent back, is refused", async () => {
    const modelId = await adminModel();
    for (const params of [
      { BASE_URL: attacker.baseUrl },
      { BASE_URL: attacker.baseUrl, API_KEY: "********" },
    ]) {
      const res = await callJson(egp, "PATCH", `/v4/models/${modelId}`, {
        key: memberKey,
        body: { [PARAMS]: params },
      });
      expectReenter(res);
    }
    // The model still points where the admin put it: deploying it reaches the trusted server only.
    expect((await deploy(modelId, undefined, memberKey)).status).toBe(200);
    expect(secretsSeenBy(trusted)).toContain(ADMIN_SECRET);
    expect(attacker.requests).toEqual([]);
  });

  test("a new model or a new deployment with the member's BASE_URL is refused", async () => {
    expectReenter(await createModel({ BASE_URL: attacker.baseUrl }, memberKey));
    const modelId = await adminModel({ API_KEY: MODEL_SECRET });
    expectReenter(await deploy(modelId, { BASE_URL: attacker.baseUrl }, memberKey));
    expectReenter(await deploy(modelId, { BASE_URL: attacker.baseUrl, API_KEY: "********" }, memberKey));
    expect(attacker.requests).toEqual([]);
  });

  test("changing the BASE_URL of a deployment whose key an admin set is refused", async () => {
    const modelId = await adminModel();
    const dep = await deploy(modelId, { API_KEY: MODEL_SECRET });
    const res = await callJson(egp, "PATCH", `/v4/models/${modelId}/deployments/${dep.body.id}`, {
      key: memberKey,
      body: { [PARAMS]: { BASE_URL: attacker.baseUrl, API_KEY: "********" } },
    });
    expectReenter(res);
    // The model's BASE_URL is the deployment's too: changing it there is refused as well.
    const viaModel = await callJson(egp, "PATCH", `/v4/models/${modelId}`, {
      key: memberKey,
      body: { [PARAMS]: { BASE_URL: attacker.baseUrl, API_KEY: MEMBER_SECRET } },
    });
    expectReenter(viaModel);
    expect(attacker.requests).toEqual([]);
  });

  test("moving a member's model onto a template with an admin key is refused", async () => {
    const keyless = await callJson(egp, "POST", "/v4/model-templates", {
      body: openAiTemplate(`keyless-${uid()}`, {}),
    });
    const own = await createModel({ BASE_URL: attacker.baseUrl }, memberKey, keyless.body.id);
    expect(own.status).toBe(200);
    const res = await callJson(egp, "PATCH", `/v4/models/${own.body.id}`, {
      key: memberKey,
      body: { model_template_id: templateId },
    });
    expectReenter(res, "API_KEY");
    expect(attacker.requests).toEqual([]);
  });
});

describe("the allowed ways to change a URL", () => {
  test("an admin may point the stored key at a new URL", async () => {
    const modelId = await adminModel({ API_KEY: MODEL_SECRET });
    const next = await startFakeOpenAiServer();
    try {
      const res = await callJson(egp, "PATCH", `/v4/models/${modelId}`, {
        body: { [PARAMS]: { BASE_URL: next.baseUrl, API_KEY: "********" } },
      });
      expect(res.status).toBe(200);
      expect((await deploy(modelId, undefined)).status).toBe(200);
      expect(bearers(next)).toContain(`Bearer ${MODEL_SECRET}`);
    } finally {
      await next.close();
    }
  });

  test("a member who re-enters API_KEY with the new URL gets it, and only their key is sent", async () => {
    const modelId = await adminModel({ API_KEY: MODEL_SECRET });
    const mine = await startFakeOpenAiServer();
    try {
      const res = await callJson(egp, "PATCH", `/v4/models/${modelId}`, {
        key: memberKey,
        body: { [PARAMS]: { BASE_URL: mine.baseUrl, API_KEY: MEMBER_SECRET } },
      });
      expect(res.status).toBe(200);
      expect(res.body[PARAMS]).toEqual({ BASE_URL: mine.baseUrl, API_KEY: "********" });
      expect(JSON.stringify(res.body)).not.toMatch(/secret_setters|sk-/);
      const dep = await deploy(modelId, undefined, memberKey);
      expect((await waitForDeployment(egp, modelId, dep.body.id)).status).toBe("READY");
      expect(new Set(bearers(mine))).toEqual(new Set([`Bearer ${MEMBER_SECRET}`]));
      // Their own key is theirs to move, mask and all.
      const moved = await callJson(egp, "PATCH", `/v4/models/${modelId}`, {
        key: memberKey,
        body: { [PARAMS]: { BASE_URL: attacker.baseUrl, API_KEY: "********" } },
      });
      expect(moved.status).toBe(200);
      expect(secretsSeenBy(attacker)).toEqual([]);
    } finally {
      await mine.close();
    }
  });

  test("the mask sent back with an unchanged URL keeps the stored key", async () => {
    const modelId = await adminModel({ BASE_URL: trusted.baseUrl, API_KEY: MODEL_SECRET });
    const res = await callJson(egp, "PATCH", `/v4/models/${modelId}`, {
      key: memberKey,
      body: { [PARAMS]: { BASE_URL: trusted.baseUrl, MODEL: "fake-model", API_KEY: "********" } },
    });
    expect(res.status).toBe(200);
    trusted.requests.length = 0;
    const dep = await deploy(modelId, undefined, memberKey);
    expect((await waitForDeployment(egp, modelId, dep.body.id)).status).toBe("READY");
    // A mask with nothing stored behind it (a new deployment) is dropped, never sent as the key.
    expect((await deploy(modelId, { API_KEY: "********" }, memberKey)).status).toBe(200);
    expect(bearers(trusted)).toEqual([`Bearer ${MODEL_SECRET}`, `Bearer ${MODEL_SECRET}`]);
  });

  test("a URL outside the allow-list is refused with how to extend it", async () => {
    const res = await createModel(
      { BASE_URL: "http://localhost:11434/v1", API_KEY: MEMBER_SECRET },
      memberKey,
    );
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      {
        loc: ["body", PARAMS, "BASE_URL"],
        msg: expect.stringMatching(
          /^localhost:11434 is not on the engine allow-list .*template's own BASE_URL.*EGP_ENGINE_ALLOWED_HOSTS/,
        ),
        type: "value_error",
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(MEMBER_SECRET);
  });
});

describe("the default allow-list: the template's own hosts", () => {
  test("without EGP_ENGINE_ALLOWED_HOSTS only the host:port the template names is allowed", async () => {
    const own = await openTestEgp({ engineAllowedHosts: undefined });
    try {
      const create = (template: string, BASE_URL: string) =>
        callJson(own, "POST", "/v4/models", {
          body: {
            name: `m-${uid()}`,
            model_type: "CHAT_COMPLETION",
            account_id: own.bootstrap.accountId,
            model_template_id: template,
            [PARAMS]: { BASE_URL, MODEL: "m" },
          },
        });
      const named = await callJson(own, "POST", "/v4/model-templates", {
        body: {
          ...openAiTemplate(`t-${uid()}`, { BASE_URL: trusted.baseUrl }),
          account_id: own.bootstrap.accountId,
        },
      });
      expect((await create(named.body.id, `${trusted.baseUrl}/`)).status).toBe(200);
      expect((await create(named.body.id, attacker.baseUrl)).status).toBe(422);
      const seeded = await callJson(own, "GET", "/v4/model-templates?name=OpenAI-compatible%20chat");
      expect((await create(seeded.body.items[0].id, trusted.baseUrl)).status).toBe(422);
    } finally {
      await own.close();
    }
  });

  test("an engine whose URL left the allow-list fails to load with the reason", async () => {
    const own = await openTestEgp({ persistent: true, loadEngine, engineAllowedHosts: "127.0.0.1" });
    const server = await startFakeOpenAiServer();
    try {
      const seeded = await callJson(own, "GET", "/v4/model-templates?name=OpenAI-compatible%20chat");
      const model = await callJson(own, "POST", "/v4/models", {
        body: {
          name: "m",
          model_type: "CHAT_COMPLETION",
          account_id: own.bootstrap.accountId,
          model_template_id: seeded.body.items[0].id,
          [PARAMS]: { BASE_URL: server.baseUrl, MODEL: "fake-model" },
        },
      });
      const dep = await callJson(own, "POST", `/v4/models/${model.body.id}/deployments`, {
        body: { name: "d" },
      });
      expect((await waitForDeployment(own, model.body.id, dep.body.id)).status).toBe("READY");
      await own.restart({ loadEngine, engineAllowedHosts: "" });
      const res = await callJson(own, "POST", `/v4/models/${dep.body.id}/chat-completions`, {
        body: { chat_history: [], prompt: "hi" },
      });
      // The allow-list refuses it on every retry: a 400, not a 503.
      expect(res.status).toBe(400);
      expect(res.body.detail).toMatch(
        /openai-compatible: BASE_URL points at 127\.0\.0\.1:\d+, which is not on the engine allow-list; .*EGP_ENGINE_ALLOWED_HOSTS/,
      );
    } finally {
      await own.close();
      await server.close();
    }
  });
});
