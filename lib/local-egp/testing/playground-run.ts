import type { NewPlaygroundRun } from "../store/playground";

let clock = 1_000_000;

/** A run as the console saves one (an embedding by default): a new id and a later time each call. */
export function playgroundRun(over: Partial<NewPlaygroundRun> = {}): NewPlaygroundRun {
  return {
    id: crypto.randomUUID(),
    accountId: "acc",
    userId: "alice",
    userLabel: "alice@example.com",
    modelType: "EMBEDDING",
    modelId: "m1",
    deploymentId: "d1",
    label: "Hash",
    input: { texts: ["a"] },
    output: null,
    ok: true,
    error: null,
    latencyMs: 1,
    tokens: null,
    summary: "1 vector",
    createdAt: clock++,
    ...over,
  };
}
