import type { Llama } from "node-llama-cpp";

// On globalThis so Next's dev reloads reuse the native backend: one getLlama() per process.
const shared = globalThis as { __egpLlama?: Promise<Llama> };

export function importNodeLlamaCpp() {
  return import("node-llama-cpp");
}

/**
 * The process's llama.cpp backend. `build: "never"` forbids fetching and compiling llama.cpp
 * (no network here); `gpu: false` uses the prebuilt CPU binaries shipped on npm.
 */
export function getSharedLlama(): Promise<Llama> {
  shared.__egpLlama ??= importNodeLlamaCpp()
    .then(({ getLlama, LlamaLogLevel }) =>
      getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.warn, progressLogs: false }),
    )
    .catch((error: unknown) => {
      shared.__egpLlama = undefined;
      throw error;
    });
  return shared.__egpLlama;
}

/** Frees the native backend (scripts and tests that want the process to exit promptly). */
export async function disposeSharedLlama(): Promise<void> {
  const pending = shared.__egpLlama;
  shared.__egpLlama = undefined;
  if (pending) await (await pending).dispose();
}
