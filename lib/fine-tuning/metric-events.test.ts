import { describe, expect, it } from "vitest";
import { formatBaseEvent, formatEpochEvent, formatResultEvent, parseMetricEvent } from "./metric-events";

describe("metric events", () => {
  it("parse back what the server writes", () => {
    expect(parseMetricEvent(formatBaseEvent({ "ndcg@5": 0.9152, mrr: 1 }))).toEqual({
      kind: "base",
      metrics: { "ndcg@5": 0.9152, mrr: 1 },
    });
    expect(
      parseMetricEvent(
        formatEpochEvent({ epoch: 3, epochs: 30, loss: 0.4123, validation: { "recall@5": 0.8 } }),
      ),
    ).toEqual({ kind: "epoch", epoch: 3, epochs: 30, loss: 0.4123, metrics: { "recall@5": 0.8 } });
    expect(parseMetricEvent(formatResultEvent({ mrr: 0.5 }, { mrr: 0.75 }, 12.9))).toEqual({
      kind: "result",
      base: { mrr: 0.5 },
      tuned: { mrr: 0.75 },
      seconds: 12.9,
    });
  });

  it("ignore other events", () => {
    expect(parseMetricEvent("Status RUNNING: training started")).toBeNull();
    expect(parseMetricEvent("epoch 1/2: no figures here")).toBeNull();
  });
});
