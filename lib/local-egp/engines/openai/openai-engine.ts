import { z } from "zod";
import { intSetting, parseEngineConfig, stringSetting } from "../config";
import {
  EngineLoadError,
  EngineRequestError,
  type EngineSpec,
  type GenerationChunk,
  type GenerationEngine,
  type GenerationResult,
} from "../types";
import { displayUrl, openAiFetch, type OpenAiConnection } from "./http";
import { createResultAccumulator, parseOpenAiBody } from "./response";
import { readSseData } from "./sse";
import { samplingFields, toOpenAiMessages, toOpenAiTools } from "./wire";

type RunOptions = { signal?: AbortSignal; onChunk?: (c: GenerationChunk) => void };

const baseUrlSetting = stringSetting
  .refine((value) => /^https?:\/\/[^/]/i.test(value) && URL.canParse(value), {
    error: "must be an http(s) URL such as http://127.0.0.1:11434/v1",
    abort: true,
  })
  .refine((value) => !new URL(value).username && !new URL(value).password, {
    error: "must not contain user:password (put the key in API_KEY)",
  })
  .transform((value) => value.replace(/\/+$/, ""));
const modelListSchema = z.object({ data: z.array(z.object({ id: z.string() })).default([]) });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new EngineRequestError("the model server sent a response that is not JSON");
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EngineRequestError(`the model server sent nothing for ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** GET {BASE_URL}/models: proves the server is up and the key accepted; returns the model ids. */
async function checkReady(connection: OpenAiConnection, readyMs: number): Promise<string[]> {
  const where = displayUrl(`${connection.baseUrl}/models`);
  try {
    const response = await openAiFetch(connection, "/models", { method: "GET", timeoutMs: readyMs });
    const list = modelListSchema.safeParse(await withDeadline(response.json(), readyMs).catch(() => null));
    return list.success ? list.data.data.map((m) => m.id) : [];
  } catch (error) {
    if (!(error instanceof EngineRequestError)) throw error;
    const prefix = "openai-compatible:";
    if (error.status === 401 || error.status === 403) {
      throw new EngineLoadError(
        `${prefix} ${where} refused the credentials (HTTP ${error.status}). Check API_KEY.`,
      );
    }
    if (error.status === 404) {
      throw new EngineLoadError(`${prefix} ${where} was not found (HTTP 404). BASE_URL usually ends in /v1.`);
    }
    throw new EngineLoadError(`${prefix} ${error.message}. Start the server or fix BASE_URL.`);
  }
}

export async function loadOpenAiEngine(config: EngineSpec["config"]): Promise<GenerationEngine> {
  const settings = parseEngineConfig(
    "openai-compatible",
    {
      BASE_URL: baseUrlSetting,
      MODEL: stringSetting.optional(),
      API_KEY: stringSetting.optional(),
      TIMEOUT_MS: intSetting(100, 3_600_000).default(30_000),
      READY_TIMEOUT_MS: intSetting(100, 120_000).default(5_000),
    },
    config,
  );
  const connection: OpenAiConnection = {
    baseUrl: settings.BASE_URL,
    apiKey: settings.API_KEY,
    timeoutMs: settings.TIMEOUT_MS,
  };
  const available = await checkReady(connection, settings.READY_TIMEOUT_MS);
  const model = settings.MODEL ?? available[0];
  if (!model) {
    throw new EngineLoadError(
      `openai-compatible: MODEL is not set and ${displayUrl(`${connection.baseUrl}/models`)} lists no model. Set MODEL.`,
    );
  }

  /** Streams (SSE) when the caller wants chunks; a server that answers plain JSON anyway is accepted. */
  async function generate(path: string, body: object, promptText: string, opts: RunOptions = {}) {
    const accumulator = createResultAccumulator(promptText, opts.onChunk);
    if (opts.signal?.aborted) return accumulator.result(true);
    const stream = Boolean(opts.onChunk);
    try {
      const response = await openAiFetch(connection, path, {
        method: "POST",
        body: { model, ...body, stream, ...(stream ? { stream_options: { include_usage: true } } : {}) },
        signal: opts.signal,
      });
      const contentType = response.headers.get("content-type") ?? "";
      if (contentType.includes("text/event-stream") && response.body) {
        for await (const data of readSseData(response.body, connection.timeoutMs)) {
          if (data.trim() === "[DONE]") break;
          accumulator.add(parseOpenAiBody(parseJson(data), connection.apiKey));
        }
      } else {
        const text = await withDeadline(response.text(), connection.timeoutMs);
        accumulator.add(parseOpenAiBody(parseJson(text), connection.apiKey));
      }
      return accumulator.result();
    } catch (error) {
      if (opts.signal?.aborted) return accumulator.result(true);
      throw error;
    }
  }

  return {
    kind: "generation",
    complete(prompt, params, opts): Promise<GenerationResult> {
      return generate("/completions", { prompt, ...samplingFields(params) }, prompt, opts);
    },
    chat(messages, params, opts): Promise<GenerationResult> {
      const tools = params.tools?.length ? { tools: toOpenAiTools(params.tools) } : {};
      const body = { messages: toOpenAiMessages(messages), ...samplingFields(params), ...tools };
      return generate("/chat/completions", body, messages.map((m) => m.content).join("\n"), opts);
    },
    async dispose() {},
  };
}
