import "server-only";
import { BODY_LIMITS } from "@/lib/limits";
import { Invalid, RuleViolation } from "../domain/errors";
import type { ChatMessage, GenerationEngine, GenerationParams, GenerationResult } from "../engines/types";
import type { Route } from "../http/router";
import { sseResponse } from "../http/sse";
import { parseValue, readJson } from "../http/validation";
import { expectKind, runAgent, type OnChunk } from "../runtime/execute";
import {
  AGENT_DEFAULT_INSTRUCTIONS,
  CHAT_DEFAULT_INSTRUCTIONS,
  CreateChatCompletionRequestSchema,
  CreateCompletionRequestSchema,
  ExecuteAgentRequestSchema,
  ServedModelsQuerySchema,
  type ModelParameters,
} from "../schemas/by-name";
import { byNameContext, resolveByName, servedModels, type ByNameUse } from "../services/by-name";
import { withCaller, type Ctx, type Services } from "../services/context";
import type { Target } from "../services/execute";
import { metered } from "../services/usage";
import { EXECUTE } from "./execute";
import { json } from "./respond";

/**
 * Inference by model name, in EGP's own shapes: `POST /{v2,v3,v4}/completions`, `/chat-completions`
 * and `/agents/execute`. services/by-name.ts says which names are served. Streams are `data:` frames of
 * the response type, the text of each packet in `completion.text` (or `chat_completion.message.content`);
 * the last frame carries `finish_reason` and `token_usage`, and the stream ends by closing (no `[DONE]`).
 */

/** Runs a generation, streaming its text through onChunk when given. */
export type Run = (
  onChunk: OnChunk | undefined,
  signal: AbortSignal | undefined,
) => Promise<GenerationResult>;

/** Resolves the name, then runs `answer` metered against the model that serves it. */
export async function byName(
  ctx: Ctx,
  request: Request,
  name: string,
  use: ByNameUse,
  answer: (target: Target, engine: GenerationEngine) => Promise<Response>,
): Promise<Response> {
  const target = await resolveByName(ctx, name, use);
  const engine = expectKind(target.engine, "generation", target.model.modelType);
  return metered(ctx, { ...target, signal: request.signal }, (t) => answer(t, engine));
}

/** Records a result's token counts on the execution's meter. */
export function counted(target: Target, result: GenerationResult): GenerationResult {
  target.meter?.add(result.promptTokens, result.completionTokens);
  return result;
}

/**
 * An SSE answer; `produce` sends frames and returns the last one. The execution is recorded when the
 * stream ends, before its last frame, so a reader that saw the end sees it counted.
 */
export function streamed(
  target: Target,
  produce: (send: (frame: unknown) => void, signal: AbortSignal) => Promise<unknown>,
): Response {
  const done = target.meter?.defer();
  return sseResponse(async (send, signal) => {
    let last: unknown;
    try {
      last = await produce(send, signal);
    } catch (error) {
      await done?.(true);
      throw error;
    }
    await done?.(false);
    return last;
  });
}

/** A field the local engines cannot honour, and what it asks for. */
export type Unsupported = [field: string | (string | number)[], what: string];

/**
 * What the local engines cannot do is refused by name, not dropped: a 422 `value_error` on each field
 * (the value is valid; this server cannot act on it).
 */
export function refuseUnsupported(fields: Unsupported[], modelName: string) {
  if (!fields.length) return;
  throw new Invalid(
    fields.map(([field, what]) => ({
      loc: ["body", ...(Array.isArray(field) ? field : [field])],
      msg: `Model "${modelName}" runs on a local engine, which does not support ${what}; leave it out`,
      type: "value_error",
    })),
  );
}

export function modelParams(p: ModelParameters | null | undefined): GenerationParams {
  if (!p) return { temperature: 0.2 };
  if (p.max_tokens != null && p.max_tokens < 1)
    throw new RuleViolation("model_parameters.max_tokens must be at least 1");
  return Object.fromEntries(
    Object.entries({
      temperature: p.temperature ?? 0.2,
      maxTokens: p.max_tokens,
      stopSequences: p.stop_sequences?.length ? p.stop_sequences : undefined,
      topP: p.topP,
      topK: p.topK,
    }).filter(([, v]) => v !== null && v !== undefined),
  );
}

type UserContent = string | { type: string; text?: string }[];

/** A user message's text; image parts are refused (the local engines read text). */
export function textOnly(content: UserContent, modelName: string, loc: (string | number)[]): string {
  if (typeof content === "string") return content;
  refuseUnsupported(
    content.flatMap((p, i): Unsupported[] =>
      p.type === "text" ? [] : [[[...loc, i], `${p.type} content parts`]],
    ),
    modelName,
  );
  return content.map((p) => p.text ?? "").join("");
}

const tokenUsage = (r: GenerationResult) => ({
  prompt: r.promptTokens,
  completion: r.completionTokens,
  total: r.promptTokens + r.completionTokens,
});

const finishReason = (r: GenerationResult) => (r.finishReason === "tool_call" ? "stop" : r.finishReason);

async function completion(ctx: Ctx, request: Request, input: unknown): Promise<Response> {
  const req = parseValue(input, CreateCompletionRequestSchema);
  const scoped = byNameContext(ctx, req.account_id);
  refuseUnsupported(req.images?.length ? [["images", "images"]] : [], req.model);
  const params = modelParams(req.model_parameters);
  return byName(scoped, request, req.model, "completion", async (target, engine) => {
    const run: Run = (onChunk, signal) => engine.complete(req.prompt, params, { onChunk, signal });
    if (!req.stream) {
      const result = counted(target, await run(undefined, target.signal));
      return json({
        completion: { text: result.text, finish_reason: finishReason(result) },
        token_usage: tokenUsage(result),
      });
    }
    return streamed(target, async (send, signal) => {
      const result = counted(
        target,
        await run((chunk) => send({ completion: { text: chunk.text } }), signal),
      );
      return {
        completion: { text: "", finish_reason: finishReason(result) },
        token_usage: tokenUsage(result),
      };
    });
  });
}

async function chatCompletion(ctx: Ctx, request: Request, input: unknown): Promise<Response> {
  const req = parseValue(input, CreateChatCompletionRequestSchema);
  const scoped = byNameContext(ctx, req.account_id);
  refuseUnsupported(
    req.chat_template ? [["chat_template", "a chat_template (it uses the model's own)"]] : [],
    req.model,
  );
  const params = modelParams(req.model_parameters);
  let history: ChatMessage[] = req.messages.map((m, i) => ({
    role: m.role,
    content:
      m.role === "user"
        ? textOnly(m.content as UserContent, req.model, ["messages", i, "content"])
        : m.content,
  }));
  const k = req.memory_strategy?.params.k;
  if (k) history = history.slice(-k);
  const instructions = req.instructions ?? CHAT_DEFAULT_INSTRUCTIONS;
  const messages: ChatMessage[] = instructions
    ? [{ role: "system", content: instructions }, ...history]
    : history;
  return byName(scoped, request, req.model, "chat", async (target, engine) => {
    const run: Run = (onChunk, signal) => engine.chat(messages, params, { onChunk, signal });
    const message = (content: string) => ({ role: "assistant", content });
    if (!req.stream) {
      const result = counted(target, await run(undefined, target.signal));
      return json({
        chat_completion: { message: message(result.text), finish_reason: finishReason(result) },
        token_usage: tokenUsage(result),
      });
    }
    return streamed(target, async (send, signal) => {
      const result = counted(
        target,
        await run((chunk) => send({ chat_completion: { message: message(chunk.text) } }), signal),
      );
      return {
        chat_completion: { message: message(""), finish_reason: finishReason(result) },
        token_usage: tokenUsage(result),
      };
    });
  });
}

async function executeAgent(ctx: Ctx, request: Request, input: unknown): Promise<Response> {
  const req = parseValue(input, ExecuteAgentRequestSchema);
  const scoped = byNameContext(ctx);
  const params = modelParams(req.model_parameters);
  req.messages.forEach((m, i) => {
    if (m.role === "user") textOnly(m.content as UserContent, req.model, ["messages", i, "content"]);
  });
  return byName(scoped, request, req.model, "agent", async (target, engine) => {
    const answer = await runAgent(
      engine,
      { ...req, instructions: req.instructions ?? AGENT_DEFAULT_INSTRUCTIONS },
      target.signal,
      (result) => counted(target, result),
      params,
    );
    // The spec's ActionContext fields are plain strings/objects: the key of the other action is left out.
    const context = Object.fromEntries(Object.entries(answer.context).filter(([, v]) => v != null));
    return json({ action: answer.action, context });
  });
}

type Handle = (ctx: Ctx, request: Request, input: unknown) => Promise<Response>;

/** A by-name POST route; `bodyPicksAccount`: the body's account_id may pick the account, so the verb checks the level. */
export function byNamePost(s: Services, pattern: string, handle: Handle, bodyPicksAccount = false): Route {
  return {
    method: "POST",
    pattern,
    ...(bodyPicksAccount ? { needs: "read" as const } : EXECUTE),
    handler: async (req) => {
      const input = await readJson(req.request, BODY_LIMITS.execute);
      return handle(withCaller(s, req.auth), req.request, input);
    },
  };
}

export function byNameRoutes(s: Services): Route[] {
  return [
    byNamePost(s, "/{version:v2|v3|v4}/completions", completion, true),
    byNamePost(s, "/{version:v2|v3|v4}/chat-completions", chatCompletion, true),
    byNamePost(s, "/{version:v2|v3|v4}/agents/execute", executeAgent),
    {
      // Not in the spec: what this server serves by name, for the console's pickers (`use` narrows it).
      method: "GET",
      pattern: "/local/served-models",
      needs: "read",
      handler: async (req) => {
        const { use } = parseValue(Object.fromEntries(req.query), ServedModelsQuerySchema, "query");
        const served = await servedModels(withCaller(s, req.auth), use ?? undefined);
        return json({
          items: served.map((m) => ({
            name: m.name,
            model_type: m.modelType,
            model_id: m.modelId,
            deployment_id: m.deploymentId,
            builtin: m.builtin,
            uses: m.uses,
          })),
        });
      },
    },
  ];
}
