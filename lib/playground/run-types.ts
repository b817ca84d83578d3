import type { PlaygroundModelType } from "../schemas/playground";

/** A saved playground run as the console's API answers it (times in epoch milliseconds). */
export type PlaygroundRun = {
  id: string;
  accountId: string;
  userId: string;
  userLabel: string;
  modelType: PlaygroundModelType | (string & {});
  modelId: string;
  deploymentId: string;
  label: string;
  input: Record<string, unknown>;
  output: unknown;
  ok: boolean;
  error: string | null;
  latencyMs: number;
  tokens: number | null;
  summary: string;
  createdAt: number;
};

/** A history row: the run without its input and output. */
export type PlaygroundRunSummary = Omit<PlaygroundRun, "input" | "output">;

export type PlaygroundPreset = {
  id: string;
  accountId: string;
  userId: string;
  userLabel: string;
  name: string;
  modelType: PlaygroundModelType | (string & {});
  input: Record<string, unknown>;
  shared: boolean;
  createdAt: number;
  updatedAt: number;
};

export type RunScope = "mine" | "account";
