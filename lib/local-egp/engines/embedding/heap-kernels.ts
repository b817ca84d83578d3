import type { KernelArgs, TensorInfo } from "./tfjs-types";

/*
 * Kernels for tfjs's WASM backend (tfjs-backend-wasm 4.5) that copy rows straight out of the WASM heap,
 * where tfjs's own copy whole tensors out first or loop element by element. Same bytes out either way;
 * each returns null (tfjs's kernel then runs) for what it does not cover.
 */

/**
 * SplitV. tfjs's slices every piece with `readSync`, which first copies the whole input out of the heap,
 * so splitting USE's Q/K/V projection in 3 copied it 3 more times (a fifth of the model's kernel time
 * once the products ran natively). Not covered: string tensors, split sizes that do not add up.
 */
export function heapSplitV({ inputs, backend, attrs }: KernelArgs): TensorInfo[] | null {
  const { x } = inputs as { x: TensorInfo };
  const { numOrSizeSplits, axis } = attrs as { numOrSizeSplits: number | number[]; axis: number | number[] };
  const rank = x.shape.length;
  const rawAxis = [axis].flat()[0];
  const dim = rawAxis < 0 ? rawAxis + rank : rawAxis;
  if (x.dtype === "string" || !(dim >= 0 && dim < rank)) return null;
  const sizes = splitSizes(x.shape[dim], numOrSizeSplits);
  if (!sizes) return null;
  const begin = x.shape.map(() => 0);
  return sizes.map((size) => {
    const shape = x.shape.slice();
    shape[dim] = size;
    const out = backend.makeOutput(shape, x.dtype);
    // Views after makeOutput, which may grow the heap and so replace its buffer.
    copySlice(backend.typedArrayFromHeap(x), x.shape, begin, shape, backend.typedArrayFromHeap(out));
    begin[dim] += size;
    return out;
  });
}

function splitSizes(length: number, numOrSizeSplits: number | number[]): number[] | null {
  if (typeof numOrSizeSplits === "number") {
    if (!(numOrSizeSplits > 0) || length % numOrSizeSplits !== 0) return null;
    return Array.from({ length: numOrSizeSplits }, () => length / numOrSizeSplits);
  }
  const rest = numOrSizeSplits.filter((s) => s === -1).length;
  const known = numOrSizeSplits.reduce((sum, s) => (s === -1 ? sum : sum + s), 0);
  if (rest > 1 || (rest === 0 && known !== length) || known > length) return null;
  return numOrSizeSplits.map((s) => (s === -1 ? length - known : s));
}

type Values = Float32Array | Int32Array | Uint8Array;

/** Copies the box [begin, begin + size) of `src` (row-major, `shape`) into `dst`, in runs as long as possible. */
export function copySlice(
  src: Values,
  shape: readonly number[],
  begin: readonly number[],
  size: readonly number[],
  dst: Values,
) {
  const rank = shape.length;
  const strides = new Array<number>(rank);
  for (let d = rank - 1, s = 1; d >= 0; s *= shape[d], d--) strides[d] = s;
  // Trailing dimensions taken whole are one contiguous run with the first partial one before them.
  let d = rank - 1;
  let run = 1;
  while (d >= 0 && begin[d] === 0 && size[d] === shape[d]) run *= shape[d--];
  if (d < 0) {
    dst.set(src.subarray(0, run));
    return;
  }
  run *= size[d];
  const index = new Array<number>(d).fill(0);
  const runs = size.slice(0, d).reduce((a, b) => a * b, 1);
  for (let r = 0, out = 0; r < runs; r++, out += run) {
    let offset = begin[d] * strides[d];
    for (let j = 0; j < d; j++) offset += (begin[j] + index[j]) * strides[j];
    dst.set(src.subarray(offset, offset + run), out);
    for (let j = d - 1; j >= 0 && ++index[j] === size[j]; j--) index[j] = 0;
  }
}

/**
 * GatherV2 without batch dimensions: rows of x along `axis`, copied whole. tfjs's WASM Gather copies
 * element by element (5% of USE's time once the products ran natively, mostly its token-embedding
 * lookup, 256 floats per token). Not covered: batchDims, strings, an index out of range (tfjs's kernel
 * then reports it).
 */
export function heapGatherV2({ inputs, backend, attrs }: KernelArgs): TensorInfo | null {
  const { x, indices } = inputs as { x: TensorInfo; indices: TensorInfo };
  const { axis, batchDims = 0 } = attrs as { axis: number | number[]; batchDims?: number };
  const rank = x.shape.length;
  const rawAxis = [axis].flat()[0];
  const dim = rawAxis < 0 ? rawAxis + rank : rawAxis;
  if (batchDims !== 0 || x.dtype === "string" || indices.dtype !== "int32" || !(dim >= 0 && dim < rank))
    return null;
  const ids = backend.typedArrayFromHeap(indices);
  const length = x.shape[dim];
  for (let i = 0; i < ids.length; i++) if (!(ids[i] >= 0 && ids[i] < length)) return null;
  const outer = x.shape.slice(0, dim).reduce((a, b) => a * b, 1);
  const inner = x.shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const out = backend.makeOutput(
    [...x.shape.slice(0, dim), ...indices.shape, ...x.shape.slice(dim + 1)],
    x.dtype,
  );
  // Views after makeOutput, which may grow the heap and so replace its buffer.
  const src = backend.typedArrayFromHeap(x);
  const dst = backend.typedArrayFromHeap(out);
  const picks = backend.typedArrayFromHeap(indices);
  for (let o = 0, at = 0; o < outer; o++)
    for (let i = 0; i < picks.length; i++, at += inner) {
      const from = (o * length + picks[i]) * inner;
      dst.set(src.subarray(from, from + inner), at);
    }
  return out;
}
