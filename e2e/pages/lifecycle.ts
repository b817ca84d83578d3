import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { egpApi, uniqueName } from "../fixtures";
import { createTemplate, seededTemplateId } from "./models";

/** Models and deployments through the embedded EGP, as an SDK would create them. */
export function lifecycleData(request: APIRequestContext) {
  const egp = egpApi(request);
  const ok = async (response: Awaited<ReturnType<typeof egp.post>>) => {
    expect(response.status(), await response.text()).toBe(200);
    return response.json();
  };
  const accountId = async () =>
    (await (await egp.get("/user-info")).json()).access_profiles[0].account.id as string;

  async function model(templateId: string, modelType: string, params: Record<string, unknown> = {}) {
    return ok(
      await egp.post("/v4/models", {
        name: uniqueName("e2e-life"),
        model_type: modelType,
        account_id: await accountId(),
        model_template_id: templateId,
        model_creation_parameters: params,
      }),
    ) as Promise<{ id: string; name: string; model_template_id: string }>;
  }

  async function deploy(modelId: string, params?: Record<string, unknown>) {
    return ok(
      await egp.post(`/v4/models/${modelId}/deployments`, {
        name: uniqueName("e2e-dep"),
        ...(params ? { model_creation_parameters: params } : {}),
      }),
    ) as Promise<{ id: string; name: string }>;
  }

  async function waitFor(modelId: string, deploymentId: string, status: string) {
    await expect
      .poll(
        async () =>
          (await (await egp.get(`/v4/models/${modelId}/deployments/${deploymentId}`)).json()).status,
        { timeout: 45_000 },
      )
      .toBe(status);
  }

  return {
    /** A model whose deployments load the weight-free hashing engine. */
    embeddingModel: async () => model((await createTemplate(request)).id, "EMBEDDING"),
    /** A model whose deployments fail: its GGUF file does not exist. */
    brokenModel: async () =>
      model(await seededTemplateId(request, "Local GGUF completion (llama.cpp)"), "COMPLETION", {
        MODEL_PATH: "/missing/e2e.gguf",
      }),
    /** A model on an OpenAI-compatible server at `baseUrl`, waiting up to 30 s for it to answer. */
    slowLoadingModel: async (baseUrl: string) => {
      const template = await createTemplate(request, {
        image: "openai-compatible",
        modelType: "CHAT_COMPLETION",
        parameters: [
          { name: "BASE_URL", type: "str", description: "Server", required: true },
          { name: "READY_TIMEOUT_MS", type: "int", description: "Wait for the server", required: false },
        ],
      });
      return model(template.id, "CHAT_COMPLETION", { BASE_URL: baseUrl, READY_TIMEOUT_MS: 30_000 });
    },
    containerModel: async () =>
      model(await seededTemplateId(request, "Cross-encoder reranker (container)"), "RERANKING"),
    deploy,
    waitFor,
    embed: async (deploymentId: string, texts: string[]) =>
      ok(await egp.post(`/v4/models/${deploymentId}/embeddings`, { texts })),
    group: async (name = uniqueName("e2e-usage-group")) =>
      ok(await egp.post("/v4/model-groups", { name, account_id: await accountId() })) as Promise<{
        id: string;
      }>,
  };
}

/** The usage card of a model, deployment or group page. */
export function usageCard(page: Page) {
  const card = page.getByRole("region", { name: "Usage" }).or(page.locator('[aria-labelledby^="usage-"]'));
  return {
    card,
    range: (label: string) =>
      card.getByRole("group", { name: "Usage range" }).getByRole("button", { name: label }),
    table: () => card.getByRole("table", { name: /Usage per period/ }),
  };
}

/** The deployment page's log panel. */
export function logPanel(page: Page) {
  return {
    lines: () => page.getByRole("log", { name: "Deployment log" }).getByRole("listitem"),
    log: () => page.getByRole("log", { name: "Deployment log" }),
    follow: () => page.getByRole("button", { name: /^Follow(ing)? live$/ }),
  };
}

/**
 * An OpenAI-compatible server on loopback whose model list is held until `release()`, so an engine
 * loading against it stays in UPDATE_IN_PROGRESS for as long as a test needs.
 */
export async function heldOpenAiServer() {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((req, res) => {
    void released.then(() => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ object: "list", data: [{ id: "e2e-held-model", object: "model" }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    release,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
