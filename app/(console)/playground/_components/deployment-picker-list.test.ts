import { describe, expect, it } from "vitest";
import type { PlaygroundTarget } from "@/components/playground/shared/types";
import { sharedLabels } from "./deployment-picker-list";
import type { PickerGroup } from "./deployment-picker";

const target = (model: string, deployment: string, id: string) =>
  ({
    model: { id: `m-${id}`, name: model, display_name: null },
    deployment: { id, name: deployment, created_at: new Date().toISOString() },
  }) as unknown as PlaygroundTarget;

describe("the playground picker", () => {
  it("marks entries whose model and deployment names another entry shares", () => {
    const groups = [
      {
        targets: [
          target("rerank", "default", "d1"),
          target("rerank", "default", "d2"),
          target("rerank", "v2", "d3"),
        ],
      },
      { targets: [target("embed", "default", "d4")] },
    ] as unknown as PickerGroup[];
    expect([...sharedLabels(groups)].sort()).toEqual(["d1", "d2"]);
  });
});
