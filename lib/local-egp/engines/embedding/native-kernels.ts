import type { GemmAddon } from "egp-gemm";
import { heapGatherV2, heapSplitV } from "./heap-kernels";
import type { KernelConfig, KernelArgs, TensorInfo, Tf, WasmBackend } from "./tfjs-types";

/**
 * Routes the Universal Sentence Encoder's matrix products (its MatMul and BatchMatMul nodes run tfjs's
 * BatchMatMul kernel, its 1×1 convolutions Conv2D) from tfjs's WASM backend to native code: the egp-gemm
 * addon (native/gemm, built from source at `npm install`), AVX-512 or AVX2+FMA, on the tensors' own
 * bytes in the WASM heap. tfjs-wasm runs XNNPACK without FMA (~30–45 GFLOP/s) and attention's rank-4
 * BatchMatMuls in a scalar loop (~2 GFLOP/s); the addon runs both at ~100–200 GFLOP/s on AVX-512. Any
 * call it does not cover (other dtypes, strides, dilations, padding or broadcasting) goes to the kernel
 * tfjs registered, and so does everything when the addon is missing or the CPU lacks the instructions.
 * SplitV and GatherV2 (plain JavaScript, heap-kernels.ts) are replaced whenever the setting allows, addon
 * or not.
 * EGP_USE_NATIVE=0 leaves every tfjs kernel as it is.
 */

export type NativeKernels = { isa: string; threads: number; calls: () => number };

/** EGP_USE_NATIVE=0 keeps tfjs's own kernels; anything else uses the addon when it loads. */
export function nativeSetting(env: Record<string, string | undefined> = process.env): boolean {
  return env.EGP_USE_NATIVE !== "0";
}

/** The addon when it was built and this CPU runs its kernels, else null. */
export async function loadGemmAddon(): Promise<GemmAddon | null> {
  try {
    const { addon } = await import("egp-gemm");
    return addon && addon.isa() !== "" ? addon : null;
  } catch {
    return null; // the package itself is missing (an install that skipped it)
  }
}

/** Registers the native kernels over tfjs's (which stay the fallback); null when they cannot run. */
export async function enableNativeKernels(
  tf: Tf,
  threads: number,
  env: Record<string, string | undefined> = process.env,
): Promise<NativeKernels | null> {
  if (!nativeSetting(env) || tf.getBackend() !== "wasm") return null;
  override(tf, "SplitV", heapSplitV);
  override(tf, "GatherV2", heapGatherV2);
  const addon = await loadGemmAddon();
  if (!addon) return null;
  addon.setThreads(threads);
  let calls = 0;
  const gemm = (...args: Parameters<GemmAddon["gemm"]>) => {
    const done = addon.gemm(...args);
    if (done) calls++;
    return done;
  };
  override(tf, "BatchMatMul", (args) => batchMatMul(args, gemm));
  override(tf, "Conv2D", (args) => pointwiseConv2D(args, gemm));
  return { isa: addon.isa(), threads: addon.threads(), calls: () => calls };
}

type Gemm = GemmAddon["gemm"];
type Native = (args: KernelArgs) => TensorInfo | TensorInfo[] | null;

/** Replaces a kernel with one that tries `native` first and otherwise calls tfjs's own. */
function override(tf: Tf, kernelName: string, native: Native) {
  const original = tf.getKernel(kernelName, "wasm");
  if (!original || (original as { egpNative?: boolean }).egpNative) return;
  const config: KernelConfig & { egpNative: boolean } = {
    ...original,
    egpNative: true,
    kernelFunc: (args) => native(args) ?? original.kernelFunc(args),
  };
  tf.unregisterKernel(kernelName, "wasm");
  tf.registerKernel(config);
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

function batchMatMul({ inputs, backend, attrs }: KernelArgs, gemm: Gemm): TensorInfo | null {
  const { a, b } = inputs as { a: TensorInfo; b: TensorInfo };
  const { transposeA = false, transposeB = false } = attrs as { transposeA?: boolean; transposeB?: boolean };
  if (a.dtype !== "float32" || b.dtype !== "float32" || a.shape.length < 2 || b.shape.length < 2) return null;
  const [ar, ac] = a.shape.slice(-2);
  const [br, bc] = b.shape.slice(-2);
  const [m, k] = transposeA ? [ac, ar] : [ar, ac];
  const [kb, n] = transposeB ? [bc, br] : [br, bc];
  if (k !== kb) return null; // tfjs's kernel reports the mismatch
  const outerA = a.shape.slice(0, -2);
  const outerB = b.shape.slice(0, -2);
  const batchA = size(outerA);
  const batchB = size(outerB);
  // Same outer shape, or one side without batch (broadcast); other broadcasts stay with tfjs.
  const outer =
    batchB === 1 && outerB.length <= outerA.length
      ? outerA
      : batchA === 1 && outerA.length <= outerB.length
        ? outerB
        : outerA.length === outerB.length && outerA.every((d, i) => d === outerB[i])
          ? outerA
          : null;
  if (!outer) return null;
  return product(
    backend,
    gemm,
    a,
    b,
    [...outer, m, n],
    [size(outer), batchA, batchB, m, n, k],
    [transposeA, transposeB],
  );
}

/** Conv2D with a 1×1 filter, stride and dilation 1, NHWC: a product [N·H·W, Cin] · [Cin, Cout]. */
function pointwiseConv2D({ inputs, backend, attrs }: KernelArgs, gemm: Gemm): TensorInfo | null {
  const { x, filter } = inputs as { x: TensorInfo; filter: TensorInfo };
  const { strides, dilations, pad, dataFormat } = attrs as {
    strides?: number | number[];
    dilations?: number | number[];
    pad?: unknown;
    dataFormat?: string;
  };
  const ones = (v: number | number[] | undefined) => v === undefined || [v].flat().every((d) => d === 1);
  if (x.dtype !== "float32" || filter.dtype !== "float32" || x.shape.length !== 4) return null;
  const [fh, fw, cin, cout] = filter.shape;
  if (fh !== 1 || fw !== 1 || cin !== x.shape[3] || !ones(strides) || !ones(dilations)) return null;
  if ((dataFormat ?? "NHWC") !== "NHWC" || (pad !== "valid" && pad !== "same" && pad !== 0)) return null;
  const rows = x.shape[0] * x.shape[1] * x.shape[2];
  return product(
    backend,
    gemm,
    x,
    filter,
    [...x.shape.slice(0, 3), cout],
    [1, 1, 1, rows, cout, cin],
    [false, false],
  );
}

function product(
  backend: WasmBackend,
  gemm: Gemm,
  a: TensorInfo,
  b: TensorInfo,
  outShape: number[],
  [batch, batchA, batchB, m, n, k]: number[],
  [transposeA, transposeB]: boolean[],
): TensorInfo | null {
  const out = backend.makeOutput(outShape, "float32");
  // Views after makeOutput: its allocation may grow the WASM memory, which replaces the heap's buffer.
  const done = gemm(
    backend.typedArrayFromHeap(a) as Float32Array,
    backend.typedArrayFromHeap(b) as Float32Array,
    backend.typedArrayFromHeap(out) as Float32Array,
    batch,
    batchA,
    batchB,
    m,
    n,
    k,
    transposeA,
    transposeB,
  );
  if (done) return out;
  backend.disposeData(out.dataId);
  return null;
}
