/**
 * The part of tfjs (as bundled in @energetic-ai/core) that the USE code calls. The package's own typings
 * re-export @tensorflow/* packages that are not installed (it bundles them), so they resolve to nothing.
 */
export interface TfTensor {
  data(): Promise<ArrayLike<number>>;
  dispose(): void;
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
  tensor2d(values: Int32Array, shape: [number, number], dtype: "int32"): TfTensor;
  tensor1d(values: Int32Array, dtype: "int32"): TfTensor;
}
