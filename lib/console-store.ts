import "server-only";
import { env, isRemoteMode } from "./env";
import type {
  ConsoleSessionRecord,
  ConsoleStoreCalls,
  NewConsoleSession,
  NewPlaygroundPreset,
  NewPlaygroundRun,
  OwnedDelete,
  PlaygroundPresetRecord,
  PlaygroundRunQuery,
  PlaygroundRunRecord,
  PlaygroundRunSummary,
} from "./local-egp/console-store";

export type {
  ConsoleSessionRecord,
  NewConsoleSession,
  NewPlaygroundPreset,
  NewPlaygroundRun,
  OwnedDelete,
  PlaygroundPresetRecord,
  PlaygroundRunQuery,
  PlaygroundRunRecord,
  PlaygroundRunSummary,
};

/**
 * The console's own persistent state (sign-ins, playground runs and presets), one interface in both modes.
 * Local mode keeps it in the embedded server's database; remote mode in a worker that opens the same kind
 * of database (PGlite in EGP_DATA_DIR, or DATABASE_URL) and serves no EGP routes. Either survives a
 * restart, and on PostgreSQL several console processes share it.
 */
export type ConsoleStore = {
  sessions: {
    create(input: NewConsoleSession): Promise<void>;
    get(id: string): Promise<ConsoleSessionRecord | null>;
    /** last_seen moves forward only; `accountId` records an account switch. */
    touch(id: string, at: number, accountId?: string): Promise<void>;
    end(id: string, at: number, reason: string): Promise<boolean>;
    endForUser(userId: string, at: number, reason: string): Promise<number>;
  };
  /** Playground runs, scoped to an account; only their user deletes them. */
  runs: {
    save(run: NewPlaygroundRun): Promise<void>;
    get(accountId: string, id: string): Promise<PlaygroundRunRecord | null>;
    list(query: PlaygroundRunQuery): Promise<PlaygroundRunSummary[]>;
    delete(accountId: string, userId: string, id: string): Promise<OwnedDelete>;
  };
  /** Named playground inputs: the user's own and those shared in the account. */
  presets: {
    save(preset: NewPlaygroundPreset): Promise<PlaygroundPresetRecord | null>;
    list(accountId: string, userId: string, modelTypes?: string[]): Promise<PlaygroundPresetRecord[]>;
    delete(accountId: string, userId: string, id: string): Promise<OwnedDelete>;
  };
};

/** The store over a set of calls: the embedded server's, a console-store worker's or an in-process one's. */
export function consoleStoreOver(calls: ConsoleStoreCalls): ConsoleStore {
  return {
    sessions: {
      create: (input) => calls.createConsoleSession(input),
      get: (id) => calls.getConsoleSession(id),
      touch: (id, at, accountId) => calls.touchConsoleSession(id, at, accountId),
      end: (id, at, reason) => calls.endConsoleSession(id, at, reason),
      endForUser: (userId, at, reason) => calls.endConsoleSessionsForUser(userId, at, reason),
    },
    runs: {
      save: (run) => calls.savePlaygroundRun(run),
      get: (accountId, id) => calls.getPlaygroundRun(accountId, id),
      list: (query) => calls.listPlaygroundRuns(query),
      delete: (accountId, userId, id) => calls.deletePlaygroundRun(accountId, userId, id),
    },
    presets: {
      save: (preset) => calls.savePlaygroundPreset(preset),
      list: (accountId, userId, types) => calls.listPlaygroundPresets(accountId, userId, types),
      delete: (accountId, userId, id) => calls.deletePlaygroundPreset(accountId, userId, id),
    },
  };
}

const SLOT = Symbol.for("egp-console.console-store");
type Slot = { [SLOT]?: Promise<ConsoleStore> };

export function getConsoleStore(): Promise<ConsoleStore> {
  const slot = globalThis as Slot;
  if (slot[SLOT]) return slot[SLOT];
  if (!isRemoteMode()) {
    // The embedded server restarts its own thread when it dies; ask it each time rather than caching.
    return import("./local-egp").then(async ({ getLocalEgp }) => consoleStoreOver(await getLocalEgp()));
  }
  const started = import("./local-egp").then(async ({ startConsoleStoreWorker }) => {
    const { EGP_DATA_DIR, DATABASE_URL } = env();
    const worker = await startConsoleStoreWorker(
      { dataDir: EGP_DATA_DIR, databaseUrl: DATABASE_URL || undefined },
      { onExit: () => slot[SLOT] === started && delete slot[SLOT] },
    );
    return consoleStoreOver(worker);
  });
  started.catch(() => slot[SLOT] === started && delete slot[SLOT]);
  slot[SLOT] = started;
  return started;
}

/** Tests: serve this store (e.g. an in-process one on a temp folder) instead; null to go back. */
export function serveConsoleStore(store: ConsoleStore | null) {
  const slot = globalThis as Slot;
  if (store) slot[SLOT] = Promise.resolve(store);
  else delete slot[SLOT];
}
