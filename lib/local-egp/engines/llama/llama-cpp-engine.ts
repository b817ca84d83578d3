import { open, realpath } from "node:fs/promises";
import type { LlamaContextSequence, LlamaModel } from "node-llama-cpp";
import { intSetting, parseEngineConfig, stringSetting } from "../config";
import { EngineLoadError, type EngineSpec, type GenerationEngine } from "../types";
import { runChat, runCompletion, type LlamaSession } from "./llama-generate";
import { getSharedLlama } from "./llama-runtime";
import { createSerialQueue } from "./serial-queue";
import { createSharedResources } from "./shared-resource";

const GGUF_MAGIC = "GGUF";

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const errnoCode = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unknown";

/** Checks MODEL_PATH before llama.cpp sees it, so the failure says what to fix. */
async function assertGgufFile(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = errnoCode(error);
    const why =
      code === "ENOENT"
        ? "does not exist"
        : code === "EACCES"
          ? "is not readable"
          : `cannot be opened (${code})`;
    throw new EngineLoadError(
      `llama-cpp: MODEL_PATH ${JSON.stringify(path)} ${why}. Put a GGUF model file there or point MODEL_PATH at one.`,
    );
  }
  try {
    if (!(await handle.stat()).isFile()) {
      throw new EngineLoadError(
        `llama-cpp: MODEL_PATH ${JSON.stringify(path)} is a directory; it must be a .gguf file.`,
      );
    }
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
    if (magic.toString("latin1") !== GGUF_MAGIC) {
      throw new EngineLoadError(
        `llama-cpp: MODEL_PATH ${JSON.stringify(path)} is not a GGUF file. Convert the model to GGUF (llama.cpp's convert scripts).`,
      );
    }
  } finally {
    await handle.close();
  }
}

type LoadedGguf = {
  model: LlamaModel;
  sequence: LlamaContextSequence;
  contextSize: number;
  queue: ReturnType<typeof createSerialQueue>;
};
const loadedGgufs = createSharedResources<LoadedGguf>();

async function loadGguf(path: string, requestedContext: number, threads: number): Promise<LoadedGguf> {
  let model: LlamaModel;
  try {
    const llama = await getSharedLlama();
    model = await llama.loadModel({ modelPath: path });
  } catch (error) {
    throw new EngineLoadError(`llama-cpp: could not load ${JSON.stringify(path)}: ${reasonOf(error)}`);
  }
  const contextSize = Math.min(requestedContext, model.trainContextSize);
  try {
    const context = await model.createContext({ contextSize, threads, sequences: 1 });
    return { model, sequence: context.getSequence(), contextSize, queue: createSerialQueue() };
  } catch (error) {
    await model.dispose();
    throw new EngineLoadError(
      `llama-cpp: could not create a ${contextSize}-token context for ${JSON.stringify(path)} ` +
        `(${reasonOf(error)}). Try a smaller CONTEXT_SIZE.`,
    );
  }
}

async function unloadGguf(gguf: LoadedGguf): Promise<void> {
  await gguf.queue.drain();
  if (!gguf.model.disposed) await gguf.model.dispose(); // also frees its context
}

export async function loadLlamaCppEngine(config: EngineSpec["config"]): Promise<GenerationEngine> {
  const settings = parseEngineConfig(
    "llama-cpp",
    {
      MODEL_PATH: stringSetting,
      CONTEXT_SIZE: intSetting(128, 1_048_576).default(2048),
      THREADS: intSetting(1, 256).default(2),
      MAX_TOKENS: intSetting(1, 1_048_576).default(512),
    },
    config,
  );
  const path = settings.MODEL_PATH;
  await assertGgufFile(path);
  const key = JSON.stringify([
    await realpath(path).catch(() => path),
    settings.CONTEXT_SIZE,
    settings.THREADS,
  ]);
  const { value: gguf, release } = await loadedGgufs.acquire(
    key,
    () => loadGguf(path, settings.CONTEXT_SIZE, settings.THREADS),
    unloadGguf,
  );
  const session: LlamaSession = {
    model: gguf.model,
    sequence: gguf.sequence,
    defaultMaxTokens: Math.min(settings.MAX_TOKENS, gguf.contextSize),
  };
  const { queue } = gguf;
  return {
    kind: "generation",
    complete: (prompt, params, opts) => queue.run(() => runCompletion(session, prompt, params, opts)),
    chat: (messages, params, opts) => queue.run(() => runChat(session, messages, params, opts)),
    dispose: release,
  };
}

/** How many GGUF models are loaded in this process (shared between deployments of the same file). */
export function loadedGgufCount(): number {
  return loadedGgufs.size();
}
