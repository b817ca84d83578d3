import { open } from "node:fs/promises";
import type { LlamaModel } from "node-llama-cpp";
import { intSetting, parseEngineConfig, stringSetting } from "../config";
import { EngineLoadError, type EngineSpec, type GenerationEngine } from "../types";
import { runChat, runCompletion, type LlamaSession } from "./llama-generate";
import { getSharedLlama } from "./llama-runtime";
import { createSerialQueue } from "./serial-queue";

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
  await assertGgufFile(settings.MODEL_PATH);

  let model: LlamaModel;
  try {
    const llama = await getSharedLlama();
    model = await llama.loadModel({ modelPath: settings.MODEL_PATH });
  } catch (error) {
    throw new EngineLoadError(
      `llama-cpp: could not load ${JSON.stringify(settings.MODEL_PATH)}: ${reasonOf(error)}`,
    );
  }

  const contextSize = Math.min(settings.CONTEXT_SIZE, model.trainContextSize);
  let session: LlamaSession;
  try {
    const context = await model.createContext({ contextSize, threads: settings.THREADS, sequences: 1 });
    session = {
      model,
      sequence: context.getSequence(),
      defaultMaxTokens: Math.min(settings.MAX_TOKENS, contextSize),
    };
  } catch (error) {
    await model.dispose();
    throw new EngineLoadError(
      `llama-cpp: could not create a ${contextSize}-token context for ${JSON.stringify(settings.MODEL_PATH)} ` +
        `(${reasonOf(error)}). Try a smaller CONTEXT_SIZE.`,
    );
  }

  const queue = createSerialQueue();
  return {
    kind: "generation",
    complete: (prompt, params, opts) => queue.run(() => runCompletion(session, prompt, params, opts)),
    chat: (messages, params, opts) => queue.run(() => runChat(session, messages, params, opts)),
    async dispose() {
      await queue.drain();
      if (!model.disposed) await model.dispose(); // also frees its contexts
    },
  };
}
