import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
  overrides: Record<string, string>;
};

// See the engines README: the GPU builds are pointed at a build npm skips on this platform.
describe("node-llama-cpp's GPU prebuilt binaries are not installed", () => {
  it("every override names node-llama-cpp's own version, so an upgrade cannot leave one behind", () => {
    const version = manifest.dependencies["node-llama-cpp"];
    const gpu = Object.entries(manifest.overrides).filter(([name]) => name.startsWith("@node-llama-cpp/"));
    expect(gpu.map(([name]) => name).sort()).toEqual([
      "@node-llama-cpp/linux-x64-cuda",
      "@node-llama-cpp/linux-x64-cuda-ext",
      "@node-llama-cpp/linux-x64-vulkan",
    ]);
    for (const [, spec] of gpu) expect(spec).toBe(`npm:@node-llama-cpp/linux-riscv64@${version}`);
  });
});
