import "server-only";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { coalesced } from "./coalesce";
import { openDb, type Db } from "./db/open";
import {
  createConsoleSession,
  endConsoleSession,
  endConsoleSessionsForUser,
  getConsoleSession,
  touchConsoleSession,
  type ConsoleSessionRecord,
  type NewConsoleSession,
} from "./store/console-sessions";
import {
  deletePlaygroundPreset,
  deletePlaygroundRun,
  getPlaygroundRun,
  listPlaygroundPresets,
  listPlaygroundRuns,
  savePlaygroundPreset,
  savePlaygroundRuns,
  type NewPlaygroundPreset,
  type NewPlaygroundRun,
  type OwnedDelete,
  type PlaygroundPresetRecord,
  type PlaygroundRunQuery,
  type PlaygroundRunRecord,
  type PlaygroundRunSummary,
} from "./store/playground";
import { PruneSchedule } from "./store/prune-schedule";

export type { ConsoleSessionRecord, NewConsoleSession };
export type {
  NewPlaygroundPreset,
  NewPlaygroundRun,
  OwnedDelete,
  PlaygroundPresetRecord,
  PlaygroundRunQuery,
  PlaygroundRunRecord,
  PlaygroundRunSummary,
};

/**
 * The console's own tables, as calls that cross the worker boundary: the embedded server offers them in
 * local mode, and a worker that serves only them (no EGP routes) backs the console in remote mode.
 */
export type ConsoleStoreCalls = {
  createConsoleSession(input: NewConsoleSession): Promise<void>;
  getConsoleSession(id: string): Promise<ConsoleSessionRecord | null>;
  touchConsoleSession(id: string, at: number, accountId?: string): Promise<void>;
  endConsoleSession(id: string, at: number, reason: string): Promise<boolean>;
  endConsoleSessionsForUser(userId: string, at: number, reason: string): Promise<number>;
  savePlaygroundRun(run: NewPlaygroundRun): Promise<void>;
  getPlaygroundRun(accountId: string, id: string): Promise<PlaygroundRunRecord | null>;
  listPlaygroundRuns(query: PlaygroundRunQuery): Promise<PlaygroundRunSummary[]>;
  deletePlaygroundRun(accountId: string, userId: string, id: string): Promise<OwnedDelete>;
  savePlaygroundPreset(preset: NewPlaygroundPreset): Promise<PlaygroundPresetRecord | null>;
  listPlaygroundPresets(
    accountId: string,
    userId: string,
    modelTypes?: string[],
  ): Promise<PlaygroundPresetRecord[]>;
  deletePlaygroundPreset(accountId: string, userId: string, id: string): Promise<OwnedDelete>;
};

export function consoleStoreCalls(db: Db): ConsoleStoreCalls {
  // Every execution saves a run: runs saved while another save is in flight share its next insert, and
  // each user's older runs are pruned once every PLAYGROUND_LIMITS.pruneEvery of their saves.
  const prunes = new PruneSchedule(PLAYGROUND_LIMITS.pruneEvery);
  const saveRun = coalesced<NewPlaygroundRun>((runs) => savePlaygroundRuns(db, runs, prunes));
  return {
    createConsoleSession: (input) => createConsoleSession(db, input),
    getConsoleSession: (id) => getConsoleSession(db, id),
    touchConsoleSession: (id, at, accountId) => touchConsoleSession(db, id, at, accountId),
    endConsoleSession: (id, at, reason) => endConsoleSession(db, id, at, reason),
    endConsoleSessionsForUser: (userId, at, reason) => endConsoleSessionsForUser(db, userId, at, reason),
    savePlaygroundRun: saveRun,
    getPlaygroundRun: (accountId, id) => getPlaygroundRun(db, accountId, id),
    listPlaygroundRuns: (query) => listPlaygroundRuns(db, query),
    deletePlaygroundRun: (accountId, userId, id) => deletePlaygroundRun(db, accountId, userId, id),
    savePlaygroundPreset: (preset) => savePlaygroundPreset(db, preset),
    listPlaygroundPresets: (accountId, userId, types) => listPlaygroundPresets(db, accountId, userId, types),
    deletePlaygroundPreset: (accountId, userId, id) => deletePlaygroundPreset(db, accountId, userId, id),
  };
}

export type ConsoleStoreServer = ConsoleStoreCalls & { close(): Promise<void> };

/** The database alone (migrated as usual), without bootstrap, deployments or routes. */
export async function openConsoleStoreServer(opts: {
  dataDir?: string;
  databaseUrl?: string;
}): Promise<ConsoleStoreServer> {
  const store = await openDb(opts);
  return { ...consoleStoreCalls(store.db), close: () => store.close() };
}
