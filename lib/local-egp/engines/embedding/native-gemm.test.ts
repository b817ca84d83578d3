import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addon, loadError } from "egp-gemm";

/** The reference: the triple loop, in float64. */
function reference(
  a: Float32Array,
  b: Float32Array,
  [batch, batchA, batchB, m, n, k]: number[],
  transA: boolean,
  transB: boolean,
) {
  const c = new Float64Array(batch * m * n);
  for (let t = 0; t < batch; t++) {
    const ao = (batchA === 1 ? 0 : t) * m * k;
    const bo = (batchB === 1 ? 0 : t) * k * n;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++)
          sum +=
            (transA ? a[ao + p * m + i] : a[ao + i * k + p]) *
            (transB ? b[bo + j * k + p] : b[bo + p * n + j]);
        c[t * m * n + i * n + j] = sum;
      }
  }
  return c;
}

function random(length: number, seed: number) {
  let state = seed >>> 0;
  return Float32Array.from(
    { length },
    () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 31 - 1,
  );
}

// The machines this project runs on (x86-64 with g++): `npm install` must have built the addon there.
const buildable = process.arch === "x64" && existsSync("/usr/bin/g++");

describe("egp-gemm (native matrix products)", () => {
  it.runIf(buildable)("was built at install and runs on this CPU", () => {
    expect(loadError).toBeNull();
    expect(["avx512", "avx2"]).toContain(addon?.isa());
  });

  // Edge tiles (sizes not multiples of the 6×16 / 12×32 tiles), depths past one 256-deep block, transposes
  // and each broadcast; 2 threads and 1, and the parallel path (≥ 2^18 multiply-adds) as well as the serial.
  const cases: [number[], boolean, boolean][] = [
    [[1, 1, 1, 1, 1, 1], false, false],
    [[1, 1, 1, 7, 5, 3], false, false],
    [[1, 1, 1, 100, 77, 300], false, false],
    [[1, 1, 1, 100, 77, 300], true, true],
    [[3, 3, 1, 50, 40, 520], false, false], // a stack times one matrix: folded into one tall product
    [[3, 3, 1, 50, 40, 70], true, false],
    [[5, 5, 5, 13, 35, 17], false, true], // attention's Q·Kᵀ shape
    [[4, 1, 4, 9, 33, 70], true, false],
    [[2, 2, 2, 300, 200, 600], false, false],
    [[1, 1, 1, 250, 1536, 512], false, false],
    [[1, 1, 1, 3, 4, 0], false, false], // no depth: zeros
  ];
  for (const threads of [2, 1])
    it.runIf(addon !== null && addon.isa() !== "")(`matches the triple loop (${threads} thread(s))`, () => {
      addon!.setThreads(threads);
      expect(addon!.threads()).toBe(threads);
      for (const [[batch, batchA, batchB, m, n, k], transA, transB] of cases) {
        const a = random(batchA * m * k, m + 1);
        const b = random(batchB * k * n, n + 2);
        const c = new Float32Array(batch * m * n).fill(Number.NaN);
        expect(addon!.gemm(a, b, c, batch, batchA, batchB, m, n, k, transA, transB)).toBe(true);
        const expected = reference(a, b, [batch, batchA, batchB, m, n, k], transA, transB);
        const worst = expected.reduce((w, x, i) => Math.max(w, Math.abs(x - c[i]) / (1 + Math.abs(x))), 0);
        // float32 rounding over up to 600-term sums; a wrong index or tile would be off by ~1.
        expect(worst, `${[batch, batchA, batchB, m, n, k]} ${transA} ${transB}`).toBeLessThan(5e-5);
      }
    });

  it.runIf(addon !== null)("refuses arrays shorter than their shapes instead of reading past them", () => {
    const small = new Float32Array(4);
    expect(() => addon!.gemm(small, small, small, 1, 1, 1, 3, 3, 3, false, false)).toThrow(/shorter/);
    expect(() => addon!.gemm(small, small, small, 2, 3, 1, 1, 1, 1, false, false)).toThrow(/batch/);
    expect(() =>
      addon!.gemm(new Float64Array(4) as never, small, small, 1, 1, 1, 1, 1, 1, false, false),
    ).toThrow(/Float32Array/);
  });
});
