import "server-only";
import { createParser } from "eventsource-parser";
import { getConsoleStore, type NewPlaygroundRun } from "../console-store";
import { PLAYGROUND_LIMITS, formatBytes } from "../limits";
import { errorForLog } from "../limits/log-text";
import { fromEgpError } from "../api/respond";
import { ApiError } from "../api/errors";
import { EgpError } from "../egp/errors";
import type { SessionData } from "../session";
import type { CompletionResponse, ExecuteBody } from "../schemas/playground";
import { EMPTY_COMPLETION, foldCompletion, type CompletionState } from "./completion-stream";
import { describeInput, describeOutput } from "./run-summary";

/** The clock runs are timed and dated by; tests replace it. */
export const runClock = { now: () => Date.now() };

/** The header that names the saved run of an execute answer, so the browser can link to it. */
export const RUN_ID_HEADER = "x-playground-run-id";

/** PostgreSQL text and jsonb cannot hold U+0000: a run keeps U+FFFD in its place. */
function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "\uFFFD") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), withoutNul(v)])) as T;
  }
  return value;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? "").length;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof EgpError) return fromEgpError(error).message;
  return "The run failed on the console's server.";
}

/** Generations are kept as the playground shows them: the folded text and token counts. */
const isGeneration = (body: ExecuteBody) =>
  body.modelType === "COMPLETION" || body.modelType === "CHAT_COMPLETION";

/**
 * One playground run being saved: the validated input (its request shape is strict, so it holds no
 * header or key) with the signed-in user and account, and, when it ends, what came back.
 */
export class SavedRun {
  readonly id = crypto.randomUUID();
  private readonly started = runClock.now();
  private saved = false;

  constructor(
    private readonly session: SessionData,
    private readonly body: ExecuteBody & { label?: string },
  ) {}

  /** Saves the run once; a store failure is logged and never fails the run itself. */
  async save(outcome: { output: unknown; error: string | null }): Promise<void> {
    if (this.saved) return;
    this.saved = true;
    const { body, session } = this;
    const input = body.request as Record<string, unknown>;
    const inputBytes = bytesOf(input);
    const keptInput =
      inputBytes <= PLAYGROUND_LIMITS.inputBytes
        ? input
        : { omitted: `The input (${formatBytes(inputBytes)}) was too large to keep.` };
    const output =
      outcome.output !== null && bytesOf(outcome.output) <= PLAYGROUND_LIMITS.outputBytes
        ? outcome.output
        : null;
    const described = describeOutput(body.modelType, input, outcome.output);
    const record: NewPlaygroundRun = {
      id: this.id,
      accountId: session.accountId,
      userId: session.user.id,
      userLabel: clip(session.user.email, PLAYGROUND_LIMITS.label),
      modelType: body.modelType,
      modelId: body.modelId,
      deploymentId: body.deploymentId,
      label: clip(body.label || body.deploymentId, PLAYGROUND_LIMITS.label),
      input: keptInput,
      output,
      ok: outcome.error === null,
      error: outcome.error === null ? null : clip(outcome.error, PLAYGROUND_LIMITS.error),
      latencyMs: Math.max(0, Math.round(runClock.now() - this.started)),
      tokens: described.tokens,
      summary: clip(outcome.error ?? (described.summary || describeInput(input)), PLAYGROUND_LIMITS.summary),
      createdAt: this.started,
    };
    try {
      await (await getConsoleStore()).runs.save(withoutNul(record));
    } catch (error) {
      console.error(`[console] a playground run could not be saved: ${errorForLog(error)}`);
    }
  }

  failed(error: unknown): Promise<void> {
    return this.save({ output: null, error: failureMessage(error) });
  }

  /**
   * The answer for the browser, saving the run on the way: a JSON answer before it is sent, a stream
   * once it has ended (or stopped), before the browser sees the end.
   */
  async track(response: Response): Promise<Response> {
    const headers = new Headers(response.headers);
    headers.set(RUN_ID_HEADER, this.id);
    const streamed = (response.headers.get("content-type") ?? "").includes("text/event-stream");
    if (!streamed || !response.body) {
      // Read once: parsed for the record, and the same text sent on.
      const text = await response.text();
      const data = parseOrNull(text);
      const output =
        isGeneration(this.body) && data ? foldCompletion(EMPTY_COMPLETION, data as CompletionResponse) : data;
      await this.save({ output, error: null });
      return new Response(text, { status: response.status, headers });
    }
    return new Response(this.watch(response.body), { status: response.status, headers });
  }

  /** Passes the stream through untouched while folding its frames into what the run answered. */
  private watch(upstream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
    const reader = upstream.getReader();
    const decoder = new TextDecoder();
    let state: CompletionState = EMPTY_COMPLETION;
    let failure: string | null = null;
    const parser = createParser({
      onEvent: (event) => {
        let frame: unknown;
        try {
          frame = JSON.parse(event.data);
        } catch {
          return;
        }
        if (event.event === "error") {
          const detail = (frame as { detail?: unknown })?.detail;
          failure = `The model failed while streaming: ${typeof detail === "string" ? detail : "unknown error"}`;
        } else if (frame && typeof frame === "object") {
          state = foldCompletion(state, frame as CompletionResponse);
        }
      },
    });
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          await this.save({ output: state, error: `Stopped: ${failureMessage(error)}` });
          controller.error(error);
          return;
        }
        if (chunk.done) {
          parser.feed(decoder.decode());
          await this.save({ output: state, error: failure });
          controller.close();
          return;
        }
        parser.feed(decoder.decode(chunk.value, { stream: true }));
        controller.enqueue(chunk.value);
      },
      cancel: async (reason) => {
        // The upstream is let go at once (its own cancel may wait on the network); the run is saved.
        reader.cancel(reason).catch(() => undefined);
        await this.save({ output: state, error: "Stopped before the answer ended." });
      },
    });
  }
}
