import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cosine } from "../text/vector";
import { loadGemmAddon, nativeSetting } from "./native-kernels";
import { embedWithUse, getUseModel } from "./use-model";

// This file's process runs the defaults: the native kernels wherever the addon was built.
delete process.env.EGP_USE_NATIVE;
delete process.env.EGP_USE_THREADS;

const TEXTS = [
  "ok",
  "A man is playing a guitar on stage.",
  "",
  "Someone performs music with a guitar in front of an audience.",
  "Bananas are rich in potassium and make a good snack before exercise. ".repeat(6),
  "To reset your password, open Settings, choose Security and click Reset password.",
  "Café, naïve façade — déjà vu.",
  "deployment model template group embedding rerank completion chat agent token latency ".repeat(12),
];

type Tensor = { data(): Promise<Float32Array>; dispose(): void };
type Ops = {
  tensor(values: Float32Array, shape: number[]): Tensor;
  matMul(a: Tensor, b: Tensor, transposeA?: boolean, transposeB?: boolean): Tensor;
  conv2d(x: Tensor, filter: Tensor, strides: number, pad: "valid" | "same"): Tensor;
  split(x: Tensor, sizes: number[] | number, axis: number): Tensor[];
  gather(x: Tensor, indices: Tensor, axis: number): Tensor;
  tensor(values: Int32Array, shape: number[], dtype: "int32"): Tensor;
};

function random(length: number, seed: number) {
  let state = seed >>> 0;
  return Float32Array.from(
    { length },
    () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 31 - 1,
  );
}

/** [batch…, m, k] · [batch…, k, n] by the triple loop, `a`'s batch broadcast when it has one matrix. */
function matMul(
  a: Float32Array,
  b: Float32Array,
  batch: number,
  m: number,
  n: number,
  k: number,
  batchA = batch,
) {
  const c = new Float32Array(batch * m * n);
  for (let t = 0; t < batch; t++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++)
          sum += a[(batchA === 1 ? 0 : t) * m * k + i * k + p] * b[t * k * n + p * n + j];
        c[t * m * n + i * n + j] = sum;
      }
  return c;
}

const close = (actual: Float32Array, expected: Float32Array) => {
  expect(actual.length).toBe(expected.length);
  expect(actual.every((x, i) => Math.abs(x - expected[i]) <= 1e-4 * (1 + Math.abs(expected[i])))).toBe(true);
};

describe("USE's native matrix-product kernels", () => {
  it("are used whenever the addon is built for this CPU, and EGP_USE_NATIVE=0 turns them off", async () => {
    const use = await getUseModel();
    const available = (await loadGemmAddon()) !== null;
    expect(use.native !== null).toBe(available);
    expect(nativeSetting({ EGP_USE_NATIVE: "0" })).toBe(false);
    expect(nativeSetting({})).toBe(true);
    if (!use.native) return;
    expect(use.threads).toBe(1); // tfjs's own threads stay off: the products are native
    const before = use.native.calls();
    await embedWithUse(use, ["A man is playing a guitar on stage."]);
    // Per forward pass: 6 MatMul + 4 attention BatchMatMul + 4 Conv2D nodes.
    expect(use.native.calls() - before).toBe(14);
  });

  it("compute tfjs's MatMul, BatchMatMul and 1×1 Conv2D; what they do not cover goes to tfjs's kernels", async () => {
    const use = await getUseModel();
    const tf = use.tf as unknown as Ops;
    const calls = () => use.native?.calls() ?? 0;
    const run = async (make: () => Tensor) => {
      const t = make();
      try {
        return await t.data();
      } finally {
        t.dispose();
      }
    };
    const [a, b] = [random(2 * 3 * 5 * 7, 1), random(2 * 3 * 7 * 4, 2)];
    const start = calls();
    // Rank 4 on both sides (attention's shape), a stack times one matrix, a transpose.
    close(
      await run(() => tf.matMul(tf.tensor(a, [2, 3, 5, 7]), tf.tensor(b, [2, 3, 7, 4]))),
      matMul(a, b, 6, 5, 4, 7),
    );
    const single = b.subarray(0, 28); // read as [4, 7], transposed to [7, 4]
    const transposed = Float32Array.from({ length: 28 }, (_, i) => single[(i % 4) * 7 + Math.floor(i / 4)]);
    const repeated = Float32Array.from({ length: 6 * 28 }, (_, i) => transposed[i % 28]);
    close(
      await run(() => tf.matMul(tf.tensor(a, [6, 5, 7]), tf.tensor(single, [4, 7]), false, true)),
      matMul(a, repeated, 6, 5, 4, 7),
    );
    const x = random(1 * 3 * 5 * 8, 3);
    const filter = random(8 * 6, 4);
    close(
      await run(() => tf.conv2d(tf.tensor(x, [1, 3, 5, 8]), tf.tensor(filter, [1, 1, 8, 6]), 1, "same")),
      matMul(x, filter, 1, 15, 6, 8),
    );
    const native = calls() - start;
    expect(native).toBe(use.native ? 3 : 0);
    // A one-matrix side of higher rank ([1,1] against [3]) and a 3×3 filter: tfjs's kernels, same answers.
    close(
      await run(() =>
        tf.matMul(tf.tensor(a.subarray(0, 35), [1, 1, 5, 7]), tf.tensor(b.subarray(0, 84), [3, 7, 4])),
      ),
      matMul(a.subarray(0, 35), b.subarray(0, 84), 3, 5, 4, 7, 1),
    );
    const wide = random(3 * 3 * 8 * 2, 5);
    const conv = await run(() =>
      tf.conv2d(tf.tensor(x, [1, 3, 5, 8]), tf.tensor(wide, [3, 3, 8, 2]), 1, "valid"),
    );
    expect(conv.length).toBe(1 * 1 * 3 * 2);
    expect(calls() - start).toBe(native);
  });

  it("split a tensor into the same pieces as tfjs's SplitV", async () => {
    const tf = (await getUseModel()).tf as unknown as Ops;
    const values = Float32Array.from({ length: 2 * 3 * 12 }, (_, i) => i);
    const pieces = tf.split(tf.tensor(values, [2, 3, 12]), [4, -1, 3], 2);
    const data = await Promise.all(pieces.map((p) => p.data()));
    const expected = [
      [0, 4],
      [4, 9],
      [9, 12],
    ].map(([from, to]) =>
      Float32Array.from(
        { length: 6 * (to - from) },
        (_, i) => values[Math.floor(i / (to - from)) * 12 + from + (i % (to - from))],
      ),
    );
    data.forEach((piece, i) => expect(Array.from(piece)).toEqual(Array.from(expected[i])));
    const halves = tf.split(tf.tensor(values, [2, 3, 12]), 2, 0);
    expect(Array.from(await halves[1].data())).toEqual(Array.from(values.subarray(36)));
    [...pieces, ...halves].forEach((p) => p.dispose());
  });

  it("gather the same rows as tfjs's GatherV2, and leave an index out of range to its error", async () => {
    const tf = (await getUseModel()).tf as unknown as Ops;
    const values = Float32Array.from({ length: 4 * 3 * 5 }, (_, i) => i);
    const x = tf.tensor(values, [4, 3, 5]);
    const rows = tf.gather(x, tf.tensor(Int32Array.from([3, 0, 3, 1]), [2, 2], "int32"), 0);
    expect(Array.from(await rows.data())).toEqual(
      [3, 0, 3, 1].flatMap((r) => Array.from(values.subarray(r * 15, r * 15 + 15))),
    );
    const middle = tf.gather(x, tf.tensor(Int32Array.from([2, 2, 0]), [3], "int32"), 1);
    expect(Array.from(await middle.data())).toEqual(
      [0, 1, 2, 3].flatMap((o) =>
        [2, 2, 0].flatMap((c) => Array.from(values.subarray(o * 15 + c * 5, o * 15 + c * 5 + 5))),
      ),
    );
    expect(() => tf.gather(x, tf.tensor(Int32Array.from([4]), [1], "int32"), 0)).toThrow(/GatherV2/);
    [x, rows, middle].forEach((t) => t.dispose());
  });

  it("give each text the vector of the old path (tfjs's kernels, padded batches): cosine ≥ 0.9999", async () => {
    // The old path in a process of its own with EGP_USE_NATIVE=0, which also shows that the switch works.
    const old = await embedInChild("embedWithUsePadded", { EGP_USE_NATIVE: "0" });
    expect(old.native).toBeNull();
    const { vectors } = await embedWithUse(await getUseModel(), TEXTS);
    TEXTS.forEach((text, i) => {
      if (text === "")
        return expect(vectors[i].every((x) => x === 0) && old.vectors[i].every((x) => x === 0)).toBe(true);
      expect(cosine(vectors[i], old.vectors[i]), text).toBeGreaterThanOrEqual(0.9999);
    });
  }, 60_000);

  it("give the same vectors on a pool of 2 threads, whose threads do not keep the process alive", async () => {
    const threaded = await embedInChild("embedWithUse", { EGP_USE_THREADS: "2" });
    const use = await getUseModel();
    if (use.native) expect(threaded.native).toMatchObject({ isa: use.native.isa, threads: 2 });
    const { vectors } = await embedWithUse(use, TEXTS);
    TEXTS.forEach((text, i) => {
      if (text !== "") expect(cosine(vectors[i], threaded.vectors[i]), text).toBeGreaterThanOrEqual(0.9999);
    });
  }, 60_000);
});

/** TEXTS embedded in a child process that simply ends (it must exit by itself), with `env` added. */
async function embedInChild(embed: "embedWithUse" | "embedWithUsePadded", env: Record<string, string>) {
  const script =
    `const m = await import(${JSON.stringify(new URL("./use-model.ts", import.meta.url).href)});` +
    `const use = await m.getUseModel(); const { vectors } = await m.${embed}(use, ${JSON.stringify(TEXTS)});` +
    `const native = use.native && { isa: use.native.isa, threads: use.native.threads };` +
    `console.log(JSON.stringify({ native, vectors }));`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(0);
  return JSON.parse(out) as { native: { isa: string; threads: number } | null; vectors: number[][] };
}
