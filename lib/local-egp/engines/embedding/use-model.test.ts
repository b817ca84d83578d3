import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cosine } from "../text/vector";
import { embedWithUse, getUseModel, lengthGroups, threadsSetting } from "./use-model";

// This file's process runs tfjs's own kernels on the threaded backend (vitest forks a process per file):
// the path without the native kernels (native-kernels.test.ts covers those), and the vectors below also
// prove the threaded binary computes what the single-thread one does.
process.env.EGP_USE_THREADS = "2";
process.env.EGP_USE_NATIVE = "0";

// Lengths from one piece to a few hundred, repeats, an empty text and non-ASCII: the grouped path must give
// every text the vector it gets alone through the package's own embed (the path before grouping).
const FIXED = [
  "ok",
  "A man is playing a guitar on stage.",
  "",
  "Someone performs music with a guitar in front of an audience.",
  "The stock market fell sharply on Tuesday.",
  "Bananas are rich in potassium and make a good snack before exercise. ".repeat(6),
  "To reset your password, open Settings, choose Security and click Reset password.",
  "Café, naïve façade — déjà vu.",
  "A man is playing a guitar on stage.",
  "deployment model template group embedding rerank completion chat agent token latency ".repeat(12),
];

describe("USE embeddings, grouped by length", () => {
  it("match today's per-text vectors (cosine ≥ 0.9999) on a fixed set", async () => {
    const use = await getUseModel();
    const { vectors, tokens } = await embedWithUse(use, FIXED);
    let expectedTokens = 0;
    for (const [i, text] of FIXED.entries()) {
      const ids = use.model.tokenizer.encode(text);
      expectedTokens += ids.length;
      if (ids.length === 0) {
        expect(vectors[i].every((x) => x === 0)).toBe(true);
        continue;
      }
      const alone = await use.model.embed(text);
      expect(cosine(vectors[i], alone), text).toBeGreaterThanOrEqual(0.9999);
    }
    expect(tokens).toBe(expectedTokens);
  });

  it("runs tfjs on the threads it was given (the threaded SIMD binary)", async () => {
    const use = await getUseModel();
    expect(use.threads).toBe(2);
  });

  it("groups non-empty sequences shortest first, with bounded padding", () => {
    const ids = [5, 0, 40, 41, 3, 90, 6, 44].map((n) => Array.from({ length: n }, () => 1));
    const groups = lengthGroups(ids);
    expect(groups.flat().sort()).toEqual([0, 2, 3, 4, 5, 6, 7]); // the empty sequence 1 is left out
    expect(groups).toEqual([[4, 0, 6], [2, 3, 7], [5]]);
  });

  it("reads EGP_USE_THREADS, capped at 4, else one thread", () => {
    expect(threadsSetting({ EGP_USE_THREADS: "2" })).toBe(2);
    expect(threadsSetting({ EGP_USE_THREADS: "64" })).toBe(4);
    expect(threadsSetting({ EGP_USE_THREADS: "lots" })).toBe(1);
    expect(threadsSetting({})).toBe(1);
  });
});

describe("the threaded backend's pthread pool", () => {
  it("does not keep a process alive once its work is done", async () => {
    // A script that embeds and then simply ends: with the pool's workers ref'd, it would never exit.
    const script =
      `const { getUseModel, embedWithUse } = await import(${JSON.stringify(new URL("./use-model.ts", import.meta.url).href)});` +
      `const use = await getUseModel(); await embedWithUse(use, ["hello world"]); console.log(use.threads);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, EGP_USE_THREADS: "2" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out.trim()).toBe("2");
  }, 60_000);
});
