export interface GemmAddon {
  /**
   * c[i] = op(a[i]) · op(b[i]) for i < batch (row-major; a is m × k, or k × m when transA; b is k × n, or
   * n × k when transB; batchA and batchB are each 1, broadcast, or batch). False when the CPU has neither
   * AVX2+FMA nor AVX-512 (nothing is written then).
   */
  gemm(
    a: Float32Array,
    b: Float32Array,
    c: Float32Array,
    batch: number,
    batchA: number,
    batchB: number,
    m: number,
    n: number,
    k: number,
    transA: boolean,
    transB: boolean,
  ): boolean;
  /** "avx512", "avx2" or "" (unsupported CPU). */
  isa(): string;
  /** Threads sharing one product on the calling thread's pool (the caller included). */
  setThreads(threads: number): void;
  threads(): number;
}
export declare const addon: GemmAddon | null;
export declare const loadError: string | null;
