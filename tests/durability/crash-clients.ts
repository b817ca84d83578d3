/** Writers that keep creating resources while the server is killed under them, recording what was acknowledged. */

export type Acked = {
  kind: "template" | "model" | "deployment";
  path: string;
  body: Record<string, unknown>;
};

export type Api = { port: () => number; key: string; accountId: string };

async function post(api: Api, path: string, body: unknown): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${api.port()}${path}`, {
      method: "POST",
      headers: { "x-api-key": api.key, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await response.json()) as Record<string, unknown>;
    return response.status === 200 ? json : null;
  } catch {
    // Refused or reset while the server is down: not acknowledged, so nothing is owed.
    return null;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One engine image that loads instantly, one that takes a while (in flight at kills), one that fails. */
const FLAVOURS = [
  { image: "hash-embedding", model_type: "EMBEDDING", params: {} },
  { image: "use-embedding", model_type: "EMBEDDING", params: {} },
  { image: "llama-cpp", model_type: "COMPLETION", params: { MODEL_PATH: "/nonexistent/model.gguf" } },
] as const;

export async function writer(api: Api, id: number, stop: () => boolean, acked: Acked[]): Promise<void> {
  for (let n = 0; !stop(); n++) {
    const flavour = FLAVOURS[n % FLAVOURS.length];
    const name = `w${id}-${n}`;
    const template = await post(api, "/v4/model-templates", {
      name: `${name}-template`,
      endpoint_type: "SYNC",
      model_type: flavour.model_type,
      account_id: api.accountId,
      vendor_configuration: { bundle_config: { registry: "local", image: flavour.image, tag: "1" } },
      ...(flavour.image === "llama-cpp"
        ? {
            model_creation_parameters_schema: {
              parameters: [{ name: "MODEL_PATH", type: "str", description: "gguf", required: true }],
            },
          }
        : {}),
    });
    if (!template) {
      await pause(100);
      continue;
    }
    acked.push({ kind: "template", path: `/v4/model-templates/${String(template.id)}`, body: template });
    const model = await post(api, "/v4/models", {
      name: `${name}-model`,
      model_type: flavour.model_type,
      account_id: api.accountId,
      model_template_id: template.id,
      model_creation_parameters: flavour.params,
    });
    if (!model) continue;
    acked.push({ kind: "model", path: `/v4/models/${String(model.id)}`, body: model });
    const deployment = await post(api, `/v4/models/${String(model.id)}/deployments`, {
      name: `${name}-deployment`,
      account_id: api.accountId,
    });
    if (!deployment) continue;
    acked.push({
      kind: "deployment",
      path: `/v4/models/${String(model.id)}/deployments/${String(deployment.id)}`,
      body: deployment,
    });
  }
}
