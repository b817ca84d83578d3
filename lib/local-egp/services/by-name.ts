import "server-only";
import { actInAccount } from "../auth/authenticate";
import { Conflict, NotFound } from "../domain/errors";
import type { ModelType } from "../schemas/enums";
import { deploymentRowsOfModels, statusReason, type DeploymentRow } from "../store/deployments";
import { modelRowsOf, type ModelRow } from "../store/models";
import type { Ctx } from "./context";
import { targetOf, type Target } from "./execute";

/**
 * Inference by model name (`/v4/completions`, `/v4/chat-completions`, `/v4/agents/execute`, their v2/v3
 * twins, `/v4/beta/*` and `/v5/*`): a name is served when a model of the caller's account has that name,
 * a type that can answer the route, and a READY deployment. The built-in models are the account's
 * OPENSOURCE models; a chat name (say `llama-3-2-1b-instruct`) is served once a model of that name is
 * created from the local GGUF or OpenAI-compatible template and deployed. Nothing maps a name to an
 * engine that is not what the name says.
 */

/** What a route asks of a model. */
export type ByNameUse = "completion" | "chat" | "agent";

/** The model types that answer each use (all run a generation engine). */
export const BY_NAME_TYPES: Record<ByNameUse, readonly ModelType[]> = {
  completion: ["COMPLETION", "CHAT_COMPLETION"],
  chat: ["CHAT_COMPLETION", "AGENT"],
  agent: ["AGENT", "CHAT_COMPLETION"],
};
const GENERATION_TYPES: ModelType[] = ["COMPLETION", "CHAT_COMPLETION", "AGENT"];

export type ServedModel = {
  /** The name a by-name request gives as `model`. */
  name: string;
  modelId: string;
  modelType: ModelType;
  /** The READY deployment that answers (the model's oldest READY one). */
  deploymentId: string;
  /** A built-in model (`base_model_metadata.ui_model_section_type` OPENSOURCE). */
  builtin: boolean;
  /** The routes it answers. */
  uses: ByNameUse[];
};

const usesOf = (type: string): ByNameUse[] =>
  (Object.keys(BY_NAME_TYPES) as ByNameUse[]).filter((use) =>
    (BY_NAME_TYPES[use] as readonly string[]).includes(type),
  );

const IN_PROGRESS = new Set(["UPDATE_PENDING", "UPDATE_IN_PROGRESS"]);

/**
 * The names the caller's selected account serves by name, sorted by name; with `use`, only those that
 * answer it. Where two models share a name, the older one answers.
 */
export async function servedModels(ctx: Ctx, use?: ByNameUse): Promise<ServedModel[]> {
  const rows = await modelRowsOf(ctx.db, ctx.caller.accountId, {
    modelTypes: [...(use ? BY_NAME_TYPES[use] : GENERATION_TYPES)],
  });
  const deployments = await deploymentRowsOfModels(
    ctx.db,
    rows.map((r) => r.id),
  );
  const byName = new Map<string, ServedModel>();
  for (const row of rows) {
    const ready = deployments.get(row.id)?.find((d) => d.status === "READY");
    if (!ready || byName.has(row.name)) continue;
    byName.set(row.name, {
      name: row.name,
      modelId: row.id,
      modelType: row.modelType as ModelType,
      deploymentId: ready.id,
      builtin: row.builtin,
      uses: usesOf(row.modelType),
    });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The names only, for messages and pickers. */
export async function servedModelNames(ctx: Ctx, use: ByNameUse): Promise<string[]> {
  return (await servedModels(ctx, use)).map((m) => m.name);
}

/**
 * The context a by-name request runs in: the body's `account_id` (when given) picks the account, and
 * the caller needs the execute level there.
 */
export function byNameContext(ctx: Ctx, accountId?: string | null): Ctx {
  const caller = actInAccount(ctx.caller, accountId, "models:execute", "execute models");
  return { ...ctx, caller };
}

const HOW_TO_SERVE: Record<ByNameUse, string> = {
  completion:
    'create a COMPLETION or CHAT_COMPLETION model of that name from the "Local GGUF completion (llama.cpp)", "Local GGUF chat (llama.cpp)" or "OpenAI-compatible chat" template, and deploy it',
  chat: 'create a CHAT_COMPLETION model of that name from the "Local GGUF chat (llama.cpp)" or "OpenAI-compatible chat" template, and deploy it',
  agent:
    'create an AGENT model of that name from the "Agent (OpenAI-compatible)" template (or a CHAT_COMPLETION model), and deploy it',
};
const WORD: Record<ByNameUse, string> = {
  completion: "completions",
  chat: "chat completions",
  agent: "agents",
};

function notServed(name: string, use: ByNameUse, served: string[], why?: string): NotFound {
  const list = served.length ? served.join(", ") : "none yet";
  const lead = why ?? `Model "${name}" is not served by this local server`;
  return new NotFound(
    "Model",
    name,
    `${lead}. Names served here for ${WORD[use]}: ${list}. To serve "${name}", ${HOW_TO_SERVE[use]}.`,
  );
}

/** Why a model of the right type answers nothing, or null when it has a READY deployment. */
function deploymentProblem(model: ModelRow, rows: DeploymentRow[]): { retry: boolean; why: string } {
  const pending = rows.find((d) => IN_PROGRESS.has(d.status));
  if (pending) return { retry: true, why: `Model "${model.name}" is still deploying (${pending.status})` };
  const failed = rows.at(-1);
  if (!failed) return { retry: false, why: `Model "${model.name}" has no deployment` };
  const reason = statusReason(failed);
  return {
    retry: false,
    why: `Model "${model.name}" has no READY deployment: "${failed.name}" is ${failed.status}${reason ? ` (${reason})` : ""}`,
  };
}

/**
 * The deployment that answers `name` for `use`, with its loaded engine. A name that is not served is a
 * 404 naming the served ones and how to serve it; a model that is still deploying is a 409 (a retry
 * can succeed).
 */
export async function resolveByName(ctx: Ctx, name: string, use: ByNameUse): Promise<Target> {
  const served = await servedModels(ctx, use);
  const hit = served.find((m) => m.name === name);
  if (hit) return targetOf(ctx, hit.deploymentId, hit.modelId);
  const names = served.map((m) => m.name);
  const named = await modelRowsOf(ctx.db, ctx.caller.accountId, { name });
  const fitting = named.filter((m) => (BY_NAME_TYPES[use] as readonly string[]).includes(m.modelType));
  if (fitting.length) {
    const rows = (await deploymentRowsOfModels(ctx.db, [fitting[0].id])).get(fitting[0].id) ?? [];
    const problem = deploymentProblem(fitting[0], rows);
    if (problem.retry) throw new Conflict(`${problem.why}; try again when it is READY`);
    throw notServed(name, use, names, problem.why);
  }
  if (named.length) {
    const types = BY_NAME_TYPES[use].join(" or ");
    throw notServed(
      name,
      use,
      names,
      `Model "${name}" is a ${named[0].modelType} model; ${WORD[use]} need a ${types} model`,
    );
  }
  throw notServed(name, use, names);
}
