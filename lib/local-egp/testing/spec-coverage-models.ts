import type { Ctx } from "./spec-coverage-steps";
import type { TestEgp } from "./open-test-egp";

/** The models a coverage run executes: the built-in ones a fresh server seeds, and the by-name ones it makes. */

async function send(egp: TestEgp, key: string, method: string, path: string, body?: unknown) {
  const res = await egp.handle(
    new Request(`http://local${path}`, {
      method,
      headers: { "x-api-key": key, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return (await res.json()) as Record<string, unknown> & {
    id: string;
    items?: Array<Record<string, unknown>>;
  };
}

/**
 * A model created from a seeded template and deployed, for the steps that execute it. Inference by name
 * serves a model of the account by its name, so the chat model is named as the by-name steps ask.
 */
async function deployed(
  egp: TestEgp,
  key: string,
  accountId: string,
  spec: {
    name: string;
    modelType: string;
    template: (name: string) => boolean;
    params: Record<string, string>;
  },
): Promise<string | undefined> {
  const templates = await send(egp, key, "GET", "/v4/model-templates?limit=100");
  const template = templates.items?.find(
    (t) => t.model_type === spec.modelType && spec.template(String(t.name)),
  );
  if (!template) return;
  const model = await send(egp, key, "POST", "/v4/models", {
    name: spec.name,
    model_type: spec.modelType,
    account_id: accountId,
    model_template_id: template.id,
    model_creation_parameters: spec.params,
  });
  const deployment = await send(egp, key, "POST", `/v4/models/${model.id}/deployments`, { name: spec.name });
  await egp.idle();
  return deployment.id;
}

/**
 * The chat model on the local GGUF template (the caller's `ggufPath`: a person serving
 * "llama-3-2-1b-instruct" points it at that model's GGUF; the scripts use the random-weight fixture),
 * and the agent model on the OpenAI-compatible template (the caller's `openAiBaseUrl`, a server that
 * answers for "gpt-4").
 */
export async function generationModels(
  egp: TestEgp,
  ctx: Ctx,
  key: string,
  accountId: string,
  opts: { ggufPath?: string; openAiBaseUrl?: string },
) {
  if (opts.ggufPath) {
    const id = await deployed(egp, key, accountId, {
      name: BY_NAME.chat,
      modelType: "CHAT_COMPLETION",
      template: (name) => name.includes("GGUF"),
      params: { MODEL_PATH: opts.ggufPath },
    });
    if (id) ctx.chatDeploymentId ??= id;
  }
  if (opts.openAiBaseUrl)
    await deployed(egp, key, accountId, {
      name: BY_NAME.agent,
      modelType: "AGENT",
      template: (name) => name.includes("OpenAI"),
      params: { BASE_URL: opts.openAiBaseUrl, MODEL: BY_NAME.agent },
    });
}

/** Finds the built-in models a fresh server seeds, for the execute and by-name steps. */
export async function builtins(egp: TestEgp, ctx: Ctx, key: string) {
  const res = await egp.handle(
    new Request("http://local/v4/models?view=Deployments&limit=100", { headers: { "x-api-key": key } }),
  );
  const items = ((await res.json()) as { items: Array<Record<string, unknown>> }).items ?? [];
  const pick = (type: string) =>
    items.find(
      (m) => m.model_type === type && Array.isArray(m.deployments) && (m.deployments as unknown[]).length > 0,
    ) as { id: string; name: string; deployments: Array<{ id: string }> } | undefined;
  const embed = pick("EMBEDDING");
  const rerank = pick("RERANKING");
  const chat = pick("CHAT_COMPLETION");
  if (embed)
    Object.assign(ctx, {
      embedModelId: embed.id,
      embedModelName: embed.name,
      embedDeploymentId: embed.deployments[0].id,
    });
  if (rerank) ctx.rerankDeploymentId = rerank.deployments[0].id;
  if (chat) ctx.chatDeploymentId = chat.deployments[0].id;
}

/**
 * The by-name routes take names from the spec's enums (the chat and agent routes allow no other string);
 * these are the names the script asks for, and the names of the models it creates to serve them
 * (generationModels). A server that does not serve them fails those steps, which is right.
 */
export const BY_NAME = { chat: "llama-3-2-1b-instruct", completion: "llama-3-2-1b-instruct", agent: "gpt-4" };
