import { CreateChatCompletionRequestModelValues } from "../egp/enums.gen";
import type { Model } from "../egp/types";
import type { ZooBody, ZooChatResponse, ZooCompletionResponse, ZooRoute } from "../schemas/playground-zoo";
import type { CompletionState } from "./completion-stream";
import type { UpstreamCall } from "./upstream";

/** A built-in model the playground runs by name, and the route that serves it. */
export type ZooEntry = { name: string; route: ZooRoute; modelId: string; description: string | null };

export const ZOO_ROUTE_LABEL: Record<ZooRoute, string> = {
  completions: "Completion by name",
  "chat-completions": "Chat by name",
};

/** The by-name call: `POST /v4/completions` or `POST /v4/chat-completions` with the body as given. */
export function zooCall(input: ZooBody): UpstreamCall {
  const path = `/v4/${input.route}`;
  return { path, schemaPath: path, body: input.request, stream: Boolean(input.request.stream) };
}

// `/v4/chat-completions` takes only the spec's closed list of names; `/v4/completions` takes any.
const CHAT_NAMES: ReadonlySet<string> = new Set(CreateChatCompletionRequestModelValues);

function routeOf(model: Model): ZooRoute | null {
  if (model.model_type === "COMPLETION") return "completions";
  if (model.model_type === "CHAT_COMPLETION")
    return CHAT_NAMES.has(model.name) ? "chat-completions" : "completions";
  return null;
}

const BUILT_IN = new Set(["PARTNER", "OPENSOURCE"]);

/**
 * The names the by-name routes serve, from the account's models. Locally a name is served when a model
 * of that name and type has a READY deployment (the older model wins a shared name); a chat model whose
 * name is not one of `/v4/chat-completions`' names answers through `/v4/completions`. Scale GP lists no
 * such names on any v4 route; there its built-in models (section PARTNER or OPENSOURCE) are offered by
 * name, and a name the route does not take answers with the route's own error.
 */
export function zooEntries(models: readonly Model[], remote: boolean): ZooEntry[] {
  const byKey = new Map<string, { entry: ZooEntry; created: string }>();
  for (const model of models) {
    const route = routeOf(model);
    if (!route) continue;
    if (remote && !BUILT_IN.has(model.base_model_metadata?.ui_model_section_type ?? "")) continue;
    if (!(model.deployments ?? []).some((d) => d.status === "READY")) continue;
    const key = `${route}:${model.name}`;
    const seen = byKey.get(key);
    if (seen && seen.created <= model.created_at) continue;
    byKey.set(key, {
      created: model.created_at,
      entry: { name: model.name, route, modelId: model.id, description: model.description ?? null },
    });
  }
  return [...byKey.values()]
    .map((v) => v.entry)
    .sort((a, b) => (a.route === b.route ? (a.name < b.name ? -1 : 1) : a.route < b.route ? -1 : 1));
}

/** `completions:name` ↔ entry, for the URL. */
export const zooKey = (entry: Pick<ZooEntry, "route" | "name">) => `${entry.route}:${entry.name}`;

/** Folds one by-name frame (or the whole answer) into the state: each frame's text is the next packet. */
export function foldZoo(
  state: CompletionState,
  route: ZooRoute,
  frame: ZooCompletionResponse | ZooChatResponse,
): CompletionState {
  const part =
    route === "completions"
      ? (frame as ZooCompletionResponse).completion
      : (frame as ZooChatResponse).chat_completion;
  const delta =
    route === "completions"
      ? ((part as ZooCompletionResponse["completion"])?.text ?? "")
      : ((part as ZooChatResponse["chat_completion"])?.message?.content ?? "");
  const usage = frame.token_usage;
  return {
    text: state.text + delta,
    finishReason: part?.finish_reason ?? state.finishReason,
    promptTokens: usage?.prompt ?? state.promptTokens,
    responseTokens: usage?.completion ?? state.responseTokens,
    frames: state.frames + 1,
  };
}
