import type { NewPlaygroundRun, PlaygroundRunRecord } from "../store/playground";

let clock = 1_000_000;

type RunFields = Partial<PlaygroundRunRecord>;

/** What a saved run reads back as: its input and output parsed. */
export function recordOf({ inputJson, outputJson, ...run }: NewPlaygroundRun): PlaygroundRunRecord {
  return {
    ...run,
    input: JSON.parse(inputJson) as never,
    output: outputJson === null ? null : JSON.parse(outputJson),
  };
}

/** A run to save, given as it reads back (input and output as values); the test's defaults for the rest. */
export function newRun(defaults: PlaygroundRunRecord, over: RunFields = {}): NewPlaygroundRun {
  const { input, output, ...run } = { ...defaults, ...over };
  return {
    ...run,
    inputJson: JSON.stringify(input),
    outputJson: output === null ? null : JSON.stringify(output),
  };
}

/** A run as the console saves one (an embedding by default): a new id and a later time each call. */
export function playgroundRun(over: RunFields = {}): NewPlaygroundRun {
  return newRun(
    {
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
    },
    over,
  );
}
