import "server-only";
import { randomUUID } from "node:crypto";
import { Invalid } from "../domain/errors";
import type { GenerationParams, GenerationResult } from "../engines/types";
import type { Route } from "../http/router";
import { parseValue } from "../http/validation";
import {
  V5ChatCompletionRequestSchema,
  V5CompletionRequestSchema,
  V5ModelListQuerySchema,
} from "../schemas/by-name";
import { byNameContext, servedModels } from "../services/by-name";
import { withCaller, type Ctx, type Services } from "../services/context";
import {
  byName,
  byNamePost,
  counted,
  refuseUnsupported,
  streamed,
  type Run,
  type Unsupported,
} from "./by-name";
import { chatMessages, chatTools, toolCallsOf } from "./openai-chat";
import { json } from "./respond";

/**
 * Inference by model name in OpenAI's shapes: `POST /v5/completions` and `/v4/beta/completions`
 * (`text_completion`), `POST /v5/chat/completions` and `/v4/beta/chat/completions` (`chat.completion`,
 * or `chat.completion.chunk` frames when streaming), and `GET /v5/chat/completions/models`. Streams end
 * by closing the connection, without `[DONE]`, like every stream of this server; usage rides on the last
 * frame. `n` runs the model n times, one after another.
 */

const created = (ctx: Ctx) => Math.floor((ctx.now ? ctx.now() : new Date()).getTime() / 1000);
const usage = (results: GenerationResult[]) => {
  const prompt = results.reduce((n, r) => n + r.promptTokens, 0);
  const completion = results.reduce((n, r) => n + r.completionTokens, 0);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
};
const textFinish = (r: GenerationResult) => (r.finishReason === "length" ? "length" : "stop");
const chatFinish = (r: GenerationResult) =>
  r.finishReason === "length" ? "length" : r.finishReason === "tool_call" ? "tool_calls" : "stop";

function sampling(req: {
  temperature?: number | null;
  top_p?: number | null;
  top_k?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  stop?: string | string[] | null;
}): GenerationParams {
  const maxTokens = req.max_completion_tokens ?? req.max_tokens;
  if (maxTokens != null && maxTokens < 1)
    throw Invalid.field(
      req.max_completion_tokens != null ? "max_completion_tokens" : "max_tokens",
      "Input should be greater than 0",
      "greater_than",
    );
  const stop = typeof req.stop === "string" ? [req.stop] : req.stop;
  return Object.fromEntries(
    Object.entries({
      temperature: req.temperature,
      topP: req.top_p,
      topK: req.top_k,
      maxTokens,
      stopSequences: stop?.length ? stop : undefined,
    }).filter(([, v]) => v !== null && v !== undefined),
  );
}

function choices(n: number | null | undefined): number {
  if (n != null && (n < 1 || n > 16))
    throw Invalid.field("n", "Input should be between 1 and 16 here", "value_error");
  return n ?? 1;
}

async function completions(ctx: Ctx, request: Request, input: unknown): Promise<Response> {
  const req = parseValue(input, V5CompletionRequestSchema);
  const scoped = byNameContext(ctx);
  refuseUnsupported(
    [
      ...(req.suffix ? [["suffix", "a suffix (insertion)"] as Unsupported] : []),
      ...(req.logprobs ? [["logprobs", "logprobs"] as Unsupported] : []),
      ...(req.best_of != null && req.best_of > 1 ? [["best_of", "best_of above 1"] as Unsupported] : []),
    ],
    req.model,
  );
  const prompts = typeof req.prompt === "string" ? [req.prompt] : req.prompt;
  const n = choices(req.n);
  const params = sampling(req);
  const base = () => ({
    id: `cmpl-${randomUUID()}`,
    object: "text_completion",
    created: created(ctx),
    model: req.model,
  });
  return byName(scoped, request, req.model, "completion", async (target, engine) => {
    // OpenAI's order: n choices for each prompt.
    const jobs = prompts.flatMap((prompt) => Array.from({ length: n }, () => prompt));
    const head = req.echo ? (prompt: string) => prompt : () => "";
    const run = (prompt: string, onChunk: Parameters<Run>[0], signal?: AbortSignal) =>
      engine.complete(prompt, params, { onChunk, signal }).then((r) => counted(target, r));
    if (!req.stream) {
      const results: GenerationResult[] = [];
      for (const prompt of jobs) results.push(await run(prompt, undefined, target.signal));
      return json({
        ...base(),
        choices: results.map((r, index) => ({
          index,
          text: head(jobs[index]) + r.text,
          finish_reason: textFinish(r),
        })),
        usage: usage(results),
      });
    }
    const frame = base();
    return streamed(target, async (send, signal) => {
      const results: GenerationResult[] = [];
      for (const [index, prompt] of jobs.entries()) {
        if (req.echo) send({ ...frame, choices: [{ index, text: prompt, finish_reason: null }] });
        const result = await run(
          prompt,
          (chunk) => send({ ...frame, choices: [{ index, text: chunk.text, finish_reason: null }] }),
          signal,
        );
        results.push(result);
        if (index < jobs.length - 1)
          send({ ...frame, choices: [{ index, text: "", finish_reason: textFinish(result) }] });
      }
      const last = results.at(-1)!;
      return {
        ...frame,
        choices: [{ index: jobs.length - 1, text: "", finish_reason: textFinish(last) }],
        usage: usage(results),
      };
    });
  });
}

async function chatCompletions(ctx: Ctx, request: Request, input: unknown): Promise<Response> {
  const req = parseValue(input, V5ChatCompletionRequestSchema);
  const scoped = byNameContext(ctx);
  const format = req.response_format?.type;
  const no: Unsupported[] = [];
  if (req.logprobs) no.push(["logprobs", "logprobs"]);
  if (req.top_logprobs) no.push(["top_logprobs", "logprobs"]);
  if (req.audio) no.push(["audio", "audio"]);
  if (req.modalities?.includes("audio")) no.push(["modalities", "audio"]);
  if (format !== undefined && format !== "text")
    no.push(["response_format", `response_format ${JSON.stringify(format)}`]);
  if (req.functions?.length) no.push(["functions", "functions (use tools)"]);
  refuseUnsupported(no, req.model);
  const messages = chatMessages(req.messages, req.model);
  const tools = chatTools(req.tools, req.tool_choice);
  const params = { ...sampling(req), ...(tools ? { tools } : {}) };
  const n = choices(req.n);
  const base = () => ({ id: `chatcmpl-${randomUUID()}`, created: created(ctx), model: req.model });
  return byName(scoped, request, req.model, "chat", async (target, engine) => {
    const run = (onChunk: Parameters<Run>[0], signal?: AbortSignal) =>
      engine.chat(messages, params, { onChunk, signal }).then((r) => counted(target, r));
    if (!req.stream) {
      const results: GenerationResult[] = [];
      for (let i = 0; i < n; i++) results.push(await run(undefined, target.signal));
      return json({
        ...base(),
        object: "chat.completion",
        choices: results.map((r, index) => {
          const calls = toolCallsOf(r);
          return {
            index,
            message: { role: "assistant", content: r.text, ...(calls.length ? { tool_calls: calls } : {}) },
            finish_reason: chatFinish(r),
          };
        }),
        usage: usage(results),
      });
    }
    const frame = { ...base(), object: "chat.completion.chunk" };
    return streamed(target, async (send, signal) => {
      const results: GenerationResult[] = [];
      for (let index = 0; index < n; index++) {
        send({ ...frame, choices: [{ index, delta: { role: "assistant", content: "" } }] });
        const result = await run(
          (chunk) => send({ ...frame, choices: [{ index, delta: { content: chunk.text } }] }),
          signal,
        );
        results.push(result);
        const calls = toolCallsOf(result);
        if (calls.length)
          send({
            ...frame,
            choices: [{ index, delta: { tool_calls: calls.map((c, i) => ({ index: i, ...c })) } }],
          });
        if (index < n - 1)
          send({ ...frame, choices: [{ index, delta: {}, finish_reason: chatFinish(result) }] });
      }
      return {
        ...frame,
        choices: [{ index: n - 1, delta: {}, finish_reason: chatFinish(results.at(-1)!) }],
        usage: usage(results),
      };
    });
  });
}

/** The chat names served here, as ModelDefinition items; every local engine is vendor `model_zoo`. */
async function chatModelList(ctx: Ctx, query: URLSearchParams): Promise<Response> {
  const q = parseValue(Object.fromEntries(query), V5ModelListQuerySchema, "query");
  let names = (await servedModels(ctx, "chat")).map((m) => m.name);
  if (q.model_vendor && q.model_vendor !== "model_zoo") names = [];
  if (q.starting_after) names = names.filter((n) => n > q.starting_after!);
  if (q.ending_before) names = names.filter((n) => n < q.ending_before!).slice(-q.limit);
  const items = names
    .slice(0, q.limit)
    .map((model_name) => ({ model_name, model_vendor: "model_zoo", model_type: "chat_completion" }));
  return json({ object: "list", items });
}

export function byNameV5Routes(s: Services): Route[] {
  return [
    byNamePost(s, "/{version:v5}/completions", completions),
    byNamePost(s, "/{version:v4}/beta/completions", completions),
    byNamePost(s, "/{version:v5}/chat/completions", chatCompletions),
    byNamePost(s, "/{version:v4}/beta/chat/completions", chatCompletions),
    {
      method: "GET",
      pattern: "/{version:v5}/chat/completions/models",
      needs: "read",
      handler: async (req) => chatModelList(withCaller(s, req.auth), req.query),
    },
  ];
}
