import { z } from "zod";
import { PLAYGROUND_MODEL_TYPES } from "../schemas/playground";

export const HISTORY_LIMIT = 50;
/** Responses bigger than this (long vectors) are not kept; the inputs always are. */
export const RESPONSE_BUDGET_CHARS = 60_000;

const runRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  modelType: z.enum(PLAYGROUND_MODEL_TYPES),
  modelId: z.string(),
  deploymentId: z.string(),
  label: z.string(),
  request: z.record(z.string(), z.unknown()),
  ok: z.boolean(),
  latencyMs: z.number().nullable(),
  tokens: z.number().nullable(),
  summary: z.string(),
  error: z.string().nullable(),
  response: z.unknown().optional(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;

/** The part of Storage the history uses, so tests can pass a Map-backed fake. */
export type HistoryStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const historyKey = (userId: string) => `egp-console:playground-history:${userId}`;

/** Past runs, newest first; anything unreadable (edited by hand, older shape) is dropped. */
export function loadHistory(storage: HistoryStorage, userId: string): RunRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(historyKey(userId)) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = runRecordSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function fitted(record: RunRecord): RunRecord {
  if (record.response === undefined) return record;
  const size = JSON.stringify(record.response)?.length ?? 0;
  if (size <= RESPONSE_BUDGET_CHARS) return record;
  const { response: _dropped, ...rest } = record;
  return rest;
}

/** Adds a run at the top, keeping the newest HISTORY_LIMIT; a full storage drops the oldest half and retries. */
export function appendRun(storage: HistoryStorage, userId: string, record: RunRecord): RunRecord[] {
  let next = [fitted(record), ...loadHistory(storage, userId)].slice(0, HISTORY_LIMIT);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      storage.setItem(historyKey(userId), JSON.stringify(next));
      return next;
    } catch {
      next = next.slice(0, Math.max(1, Math.floor(next.length / 2)));
    }
  }
  return next;
}

export function removeRun(storage: HistoryStorage, userId: string, id: string): RunRecord[] {
  const next = loadHistory(storage, userId).filter((r) => r.id !== id);
  storage.setItem(historyKey(userId), JSON.stringify(next));
  return next;
}

export function clearHistory(storage: HistoryStorage, userId: string) {
  storage.removeItem(historyKey(userId));
}
