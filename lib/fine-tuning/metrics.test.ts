import { describe, expect, it } from "vitest";
import { curveOf, isLossLike } from "./metrics";

const event = (message: string) => ({ message, level: "info", timestamp: 0 });

describe("curveOf", () => {
  it("reads epochs and name=value pairs into points, merging events of the same step", () => {
    const curve = curveOf([
      event("Training started on 900 rows (seed 7)"),
      event("epoch 2/3 loss=0.40"),
      event("epoch 1/3 loss=0.5 ndcg@10=0.61"),
      event("epoch 2/3 validation ndcg@10: 0.7 mrr=0.66"),
      event("Saved the tuned model"),
    ]);
    expect(curve.metrics).toEqual(["loss", "ndcg@10", "mrr"]);
    expect(curve.points).toEqual([
      { step: 1, loss: 0.5, "ndcg@10": 0.61 },
      { step: 2, loss: 0.4, "ndcg@10": 0.7, mrr: 0.66 },
    ]);
  });

  it("reads the embedded server's metric events: the base model as epoch 0, each epoch, the result", () => {
    const curve = curveOf([
      event("Training 216 rows"),
      event("base: ndcg@5=0.61 mrr=0.5"),
      event("epoch 1/2: loss=0.69 ndcg@5=0.7 mrr=0.6"),
      event("epoch 2/2: loss=0.5 ndcg@5=0.8 mrr=0.7"),
      event("result: base ndcg@5=0.61 mrr=0.5 -> tuned ndcg@5=0.8 mrr=0.7 in 3.2 s"),
    ]);
    expect(curve.metrics).toEqual(["loss", "ndcg@5", "mrr"]);
    expect(curve.points).toEqual([
      { step: 0, "ndcg@5": 0.61, mrr: 0.5 },
      { step: 1, loss: 0.69, "ndcg@5": 0.7, mrr: 0.6 },
      { step: 2, loss: 0.5, "ndcg@5": 0.8, mrr: 0.7 },
    ]);
    expect(curve.result).toEqual({
      base: { "ndcg@5": 0.61, mrr: 0.5 },
      tuned: { "ndcg@5": 0.8, mrr: 0.7 },
      seconds: 3.2,
    });
  });

  it("reads `name value` pairs too", () => {
    expect(curveOf([event("Epoch 4/30: loss 0.3512, ndcg@5 0.8123, mrr 0.79")]).points).toEqual([
      { step: 4, loss: 0.3512, "ndcg@5": 0.8123, mrr: 0.79 },
    ]);
  });

  it("has no points when no event names a step and a number", () => {
    expect(curveOf([event("queued"), event("step 3 done")])).toEqual({
      metrics: [],
      points: [],
      result: null,
    });
  });

  it("tells loss-like metrics from the ones that go up", () => {
    expect(isLossLike("val_loss")).toBe(true);
    expect(isLossLike("recall@5")).toBe(false);
  });
});
