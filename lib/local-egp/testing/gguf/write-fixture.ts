import { writeFile } from "node:fs/promises";
import { encodeGguf, type GgufTensor, type GgufValue } from "./gguf-writer";

/**
 * A tiny random-weight llama model (~117 KB) so tests exercise the real llama.cpp path:
 * tokenizer, chat template, sampling, max tokens, stop triggers. Its text is meaningless.
 */

const N_EMBD = 32;
const N_HEAD = 4;
const N_FF = 64;
const N_LAYER = 1;
const CONTEXT_LENGTH = 2048;
const WORDS = ["▁", "▁the", "▁and", "▁of", "▁to", "▁is", "▁hello", "▁world"];
const TOKEN_TYPE = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

// ChatML, so node-llama-cpp resolves a chat wrapper from the file alone.
export const FIXTURE_CHAT_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}" +
  "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** mulberry32: small, fast and identical on every platform, so one seed gives one file. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(): { tokens: string[]; types: number[]; scores: number[] } {
  const tokens = ["<unk>", "<s>", "</s>"];
  const types: number[] = [TOKEN_TYPE.unknown, TOKEN_TYPE.control, TOKEN_TYPE.control];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(TOKEN_TYPE.byte);
  }
  tokens.push(...WORDS);
  types.push(...WORDS.map(() => TOKEN_TYPE.normal));
  const scores = tokens.map((t, i) => (types[i] === TOKEN_TYPE.normal ? -i : 0));
  return { tokens, types, scores };
}

/** Tokens the sampler should favour, so output is ASCII words rather than invalid UTF-8 bytes. */
function isPreferred(token: string): boolean {
  if (WORDS.includes(token)) return true;
  const byte = /^<0x([0-9A-F]{2})>$/.exec(token);
  if (!byte) return false;
  const code = parseInt(byte[1], 16);
  return code === 0x20 || (code >= 0x61 && code <= 0x7a);
}

export function buildFixtureGguf(seed = 1): Uint8Array {
  const random = seededRandom(seed);
  const normal = (std: number) => {
    const u = Math.max(random(), 1e-12);
    return std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const matrix = (rows: number, cols: number, std: number) =>
    Float32Array.from({ length: rows * cols }, () => normal(std));
  const ones = (n: number) => new Float32Array(n).fill(1);
  const { tokens, types, scores } = vocabulary();
  const nVocab = tokens.length;

  // Dimension 0 of every embedding is a constant, so after RMS norm it acts as a bias input;
  // output row t's weight on it is that token's prior (preferred tokens up, the rest down).
  const tokenEmbd = matrix(nVocab, N_EMBD, 0.3);
  const output = matrix(nVocab, N_EMBD, 0.3);
  for (let t = 0; t < nVocab; t++) {
    tokenEmbd[t * N_EMBD] = 4;
    output[t * N_EMBD] = isPreferred(tokens[t]) ? 1 : -1;
  }

  const tensors: GgufTensor[] = [
    { name: "token_embd.weight", dims: [N_EMBD, nVocab], data: tokenEmbd },
    { name: "output_norm.weight", dims: [N_EMBD], data: ones(N_EMBD) },
    { name: "output.weight", dims: [N_EMBD, nVocab], data: output },
  ];
  for (let layer = 0; layer < N_LAYER; layer++) {
    const blk = (name: string, dims: number[], data: Float32Array) =>
      tensors.push({ name: `blk.${layer}.${name}.weight`, dims, data });
    blk("attn_norm", [N_EMBD], ones(N_EMBD));
    for (const name of ["attn_q", "attn_k", "attn_v", "attn_output"]) {
      blk(name, [N_EMBD, N_EMBD], matrix(N_EMBD, N_EMBD, 0.1));
    }
    blk("ffn_norm", [N_EMBD], ones(N_EMBD));
    blk("ffn_gate", [N_EMBD, N_FF], matrix(N_FF, N_EMBD, 0.1));
    blk("ffn_up", [N_EMBD, N_FF], matrix(N_FF, N_EMBD, 0.1));
    blk("ffn_down", [N_FF, N_EMBD], matrix(N_EMBD, N_FF, 0.1));
  }

  const metadata: Array<[string, GgufValue]> = [
    ["general.architecture", { type: "string", value: "llama" }],
    ["general.name", { type: "string", value: `egp-console random fixture (seed ${seed})` }],
    ["general.file_type", { type: "u32", value: 0 }],
    ["llama.context_length", { type: "u32", value: CONTEXT_LENGTH }],
    ["llama.embedding_length", { type: "u32", value: N_EMBD }],
    ["llama.block_count", { type: "u32", value: N_LAYER }],
    ["llama.feed_forward_length", { type: "u32", value: N_FF }],
    ["llama.attention.head_count", { type: "u32", value: N_HEAD }],
    ["llama.attention.head_count_kv", { type: "u32", value: N_HEAD }],
    ["llama.rope.dimension_count", { type: "u32", value: N_EMBD / N_HEAD }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "f32", value: 1e-5 }],
    ["tokenizer.ggml.model", { type: "string", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "string[]", value: tokens }],
    ["tokenizer.ggml.scores", { type: "f32[]", value: scores }],
    ["tokenizer.ggml.token_type", { type: "i32[]", value: types }],
    ["tokenizer.ggml.unknown_token_id", { type: "u32", value: 0 }],
    ["tokenizer.ggml.bos_token_id", { type: "u32", value: 1 }],
    ["tokenizer.ggml.eos_token_id", { type: "u32", value: 2 }],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: true }],
    ["tokenizer.chat_template", { type: "string", value: FIXTURE_CHAT_TEMPLATE }],
  ];
  return encodeGguf({ metadata, tensors });
}

/** Writes the fixture to `path` (deterministic for a given seed) and returns the path. */
export async function writeGgufFixture(path: string, opts: { seed?: number } = {}): Promise<string> {
  await writeFile(path, buildFixtureGguf(opts.seed ?? 1));
  return path;
}
