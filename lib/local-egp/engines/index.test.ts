import { describe, expect, it } from "vitest";
import { EngineLoadError, LOCAL_IMAGES, loadEngine, type EngineSpec } from "./index";

describe("loadEngine", () => {
  it("refuses an image that is not local, listing the ones that are", async () => {
    // safe because the point is a value the type forbids, as it could arrive from stored data
    const spec = { image: "vllm", config: {} } as unknown as EngineSpec;
    await expect(loadEngine(spec)).rejects.toThrow(
      new EngineLoadError(`Unknown local image "vllm". Use one of: ${LOCAL_IMAGES.join(", ")}.`),
    );
  });

  it("loads the weight-free engines with their kinds", async () => {
    const hash = await loadEngine({ image: "hash-embedding", config: {} });
    const bm25 = await loadEngine({ image: "bm25-rerank", config: {} });
    expect([hash.kind, bm25.kind]).toEqual(["embedding", "reranking"]);
    await Promise.all([hash.dispose(), bm25.dispose()]);
  });
});
