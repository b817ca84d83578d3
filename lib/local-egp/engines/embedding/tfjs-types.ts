/**
 * The part of tfjs (as bundled in @energetic-ai/core) that the USE code calls. The package's own typings
 * re-export @tensorflow/* packages that are not installed (it bundles them), so they resolve to nothing.
 */
export interface TfTensor {
  data(): Promise<ArrayLike<number>>;
  dispose(): void;
}

/** A tensor as a kernel sees it (its bytes live in the backend). */
export interface TensorInfo {
  dataId: object;
  shape: number[];
  dtype: string;
}

/** The WASM backend's methods a kernel uses to allocate its output and view tensors in the heap. */
export interface WasmBackend {
  makeOutput(shape: number[], dtype: string): TensorInfo;
  typedArrayFromHeap(tensor: TensorInfo): Float32Array | Int32Array | Uint8Array;
  disposeData(dataId: object): boolean;
}

export interface KernelArgs {
  inputs: Record<string, TensorInfo>;
  backend: WasmBackend;
  attrs: Record<string, unknown>;
}

export interface KernelConfig {
  kernelName: string;
  backendName: string;
  kernelFunc: (args: KernelArgs) => TensorInfo | TensorInfo[];
  setupFunc?: (backend: unknown) => void;
}

export interface Tf {
  ready(): Promise<void>;
  getBackend(): string;
  findBackendFactory(name: string): () => unknown;
  removeBackend(name: string): void;
  registerBackend(name: string, factory: () => unknown, priority?: number): boolean;
  setBackend(name: string): Promise<boolean>;
  env(): { set(flag: string, value: boolean): void };
  setThreadsCount(threads: number): void;
  getThreadsCount(): number;
  getKernel(kernelName: string, backendName: string): KernelConfig | undefined;
  registerKernel(config: KernelConfig): void;
  unregisterKernel(kernelName: string, backendName: string): void;
  tensor2d(values: Int32Array, shape: [number, number], dtype: "int32"): TfTensor;
  tensor1d(values: Int32Array, dtype: "int32"): TfTensor;
}
