import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { describe, expect, it } from "vitest";
import { encodeGguf } from "./gguf-writer";
import { buildFixtureGguf, FIXTURE_CHAT_TEMPLATE, writeGgufFixture } from "./write-fixture";

describe("GGUF fixture", () => {
  it("is the same bytes for the same seed and different bytes for another seed", () => {
    const a = buildFixtureGguf(7);
    expect(Buffer.from(buildFixtureGguf(7)).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(buildFixtureGguf(8)).equals(Buffer.from(a))).toBe(false);
    expect(a.byteLength).toBeGreaterThan(100_000);
    expect(a.byteLength).toBeLessThan(130_000);
  });

  it("is read back by node-llama-cpp's GGUF parser as a 1-layer llama with a 267-token vocab", async () => {
    const dir = await mkdtemp(join(tmpdir(), "egp-gguf-"));
    try {
      const path = await writeGgufFixture(join(dir, "f.gguf"), { seed: 3 });
      expect((await readFile(path)).subarray(0, 4).toString()).toBe("GGUF");
      const info = await readGgufFileInfo(path);
      expect(info.version).toBe(3);
      expect(info.metadata.general.architecture).toBe("llama");
      expect(info.architectureMetadata.embedding_length).toBe(32);
      expect(info.architectureMetadata.block_count).toBe(1);
      expect(info.metadata.tokenizer.ggml.tokens).toHaveLength(267);
      expect(info.metadata.tokenizer.chat_template).toBe(FIXTURE_CHAT_TEMPLATE);
      expect(info.tensorInfo?.map((t) => t.name)).toContain("blk.0.ffn_down.weight");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("encodeGguf", () => {
  it("refuses a tensor whose data does not match its dims", () => {
    expect(() =>
      encodeGguf({ metadata: [], tensors: [{ name: "t", dims: [2, 3], data: new Float32Array(5) }] }),
    ).toThrow("tensor t: dims 2x3 need 6 values, got 5");
  });

  it("aligns tensor data to 32 bytes", () => {
    const bytes = encodeGguf({
      metadata: [["general.architecture", { type: "string", value: "llama" }]],
      tensors: [
        { name: "a", dims: [3], data: Float32Array.of(1, 2, 3) },
        { name: "b", dims: [1], data: Float32Array.of(9) },
      ],
    });
    const view = new DataView(bytes.buffer);
    expect(view.getFloat32(bytes.byteLength - 32, true)).toBe(9); // b starts on the last 32-byte boundary
  });
});
