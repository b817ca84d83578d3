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
import { storableJson, storableJsonText, storableText } from "./run-json";
import { describeInput, describeOutput } from "./run-summary";

/** The clock runs are timed and dated by; tests replace it. */
export const runClock = { now: () => Date.now() };

/** The header that names the saved run of an execute answer, so the browser can link to it. */
export const RUN_ID_HEADER = "x-playground-run-id";

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The answer's own JSON text and its size in bytes, when the run keeps the answer as it came. */
type Answer = { text: string; bytes: number };

/** A text field as the run keeps it: at most `max` characters, U+0000 replaced. */
const clip = (text: string, max: number) =>
  storableText(text.length > max ? `${text.slice(0, max - 1)}…` : text);

function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof EgpError) return fromEgpError(error).message;
  return "The run failed on the console's server.";
}

/** Generations are kept as the playground shows them: the folded text and token counts. */
const isGeneration = (body: ExecuteBody) =>
  body.modelType === "COMPLETION" || body.modelType === "CHAT_COMPLETION";

/** The output's JSON text as the run keeps it: null when there is none or it is over the limit. */
function keptOutput(output: unknown, answer?: Answer): string | null {
  if (output === null || output === undefined) return null;
  const text = answer?.text ?? JSON.stringify(output);
  const bytes = answer?.bytes ?? Buffer.byteLength(text);
  return bytes <= PLAYGROUND_LIMITS.outputBytes ? storableJsonText(text) : null;
}

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
  async save(outcome: { output: unknown; error: string | null; answer?: Answer }): Promise<void> {
    if (this.saved) return;
    this.saved = true;
    const { body, session } = this;
    const input = body.request as Record<string, unknown>;
    const inputJson = storableJson(input);
    const inputBytes = Buffer.byteLength(inputJson);
    const described = describeOutput(body.modelType, input, outcome.output);
    const record: NewPlaygroundRun = {
      id: this.id,
      accountId: session.accountId,
      userId: session.user.id,
      userLabel: clip(session.user.email, PLAYGROUND_LIMITS.label),
      modelType: body.modelType,
      modelId: storableText(body.modelId),
      deploymentId: storableText(body.deploymentId),
      label: clip(body.label || body.deploymentId, PLAYGROUND_LIMITS.label),
      inputJson:
        inputBytes <= PLAYGROUND_LIMITS.inputBytes
          ? inputJson
          : storableJson({ omitted: `The input (${formatBytes(inputBytes)}) was too large to keep.` }),
      outputJson: keptOutput(outcome.output, outcome.answer),
      ok: outcome.error === null,
      error: outcome.error === null ? null : clip(outcome.error, PLAYGROUND_LIMITS.error),
      latencyMs: Math.max(0, Math.round(runClock.now() - this.started)),
      tokens: described.tokens,
      summary: clip(outcome.error ?? (described.summary || describeInput(input)), PLAYGROUND_LIMITS.summary),
      createdAt: this.started,
    };
    try {
      await (await getConsoleStore()).runs.save(record);
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
      // Read once: parsed for the record, and the same bytes sent on.
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      const data = parseOrNull(text);
      if (isGeneration(this.body) && data) {
        await this.save({
          output: foldCompletion(EMPTY_COMPLETION, data as CompletionResponse),
          error: null,
        });
      } else {
        const answer = data === null ? undefined : { text, bytes: bytes.byteLength };
        await this.save({ output: data, error: null, answer });
      }
      return new Response(bytes, { status: response.status, headers });
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
