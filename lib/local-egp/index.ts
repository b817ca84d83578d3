import "server-only";
import { env } from "@/lib/env";
import { keyAccess, type KeyAccess } from "./auth/key-access";
import { bootstrap, type Bootstrap } from "./bootstrap";
import { consoleStoreCalls, type ConsoleStoreCalls } from "./console-store";
import { openDb, type Db } from "./db/open";
import { onStoredJsonReplaced } from "./db/stored-json";
import { parseAllowedHosts } from "./engines/outbound";
import { DeploymentRuntime, type EngineLoader, type RuntimeOptions } from "./runtime/deployment-runtime";
import { TrainingRuntime, type TrainingOptions } from "./runtime/training-runtime";
import { createHandler } from "./server";
import { sessionAccess, type SessionAccess } from "./session-access";
import { createSignInToken, redeemSignInToken } from "./store/identity";
import { userAdmin, type UserAdmin } from "./users";
import { startLocalEgpWorker } from "./worker/client";

export type { KeyAccess, SessionAccess };
/** Remote mode's console store: the same database thread, serving only the store's calls. */
export { startConsoleStoreWorker } from "./worker/client";

/** What the console asks the embedded server besides HTTP; each is a "call" message across the thread. */
export type LocalEgpCalls = ConsoleStoreCalls & {
  /** One-time sign-in tokens for the console: create at start, redeem once for a fresh API key of that user. */
  createSignInToken(userId: string, ttlMs?: number): Promise<string>;
  redeemSignInToken(token: string): Promise<{ apiKey: string; userId: string } | null>;
  /** Whether a key still authenticates, and its holder's role in an account (the console's session check). */
  keyAccess(apiKey: string, accountId: string): Promise<KeyAccess | null>;
  /**
   * The console's per-request check in one call (one trip across the thread, one query): the session's
   * record and what keyAccess says of its key.
   */
  sessionAccess(sid: string, apiKey: string, accountId: string): Promise<SessionAccess>;
};

export type LocalEgp = LocalEgpCalls & {
  /** Web-standard handler. Routes on the URL pathname: "/v4/models", "/v3/...", "/user-info". A leading "/egp" is stripped. */
  handle(request: Request): Promise<Response>;
  /** Bootstrap info: the admin user created on first start (key only when it was just created). */
  bootstrap: Bootstrap;
  close(): Promise<void>;
};

export type LocalEgpOptions = {
  dataDir?: string;
  databaseUrl?: string;
  adminKey?: string;
  seed?: boolean;
  log?: (line: string) => void;
  /** Tests inject a stub; by default the engines module is loaded on first use. */
  loadEngine?: EngineLoader;
  engineLoadTimeoutMs?: number;
  /** EGP_ENGINE_ALLOWED_HOSTS: comma-separated host[:port] patterns engines may call besides their template's own. */
  engineAllowedHosts?: string;
  /** PGlite: how long to wait at start for a previous process to release the data dir (default 10 s). */
  lockWaitMs?: number;
  /** Deployment job leases (see RuntimeOptions); defaults suit production. */
  jobs?: Pick<RuntimeOptions, "leaseMs" | "tickMs" | "now">;
  /** The clock usage events are dated by; tests inject one. */
  now?: () => Date;
  /** Fine-tuning jobs (their leases and clock follow `jobs`). */
  fineTuning?: Pick<TrainingOptions, "rerankEmbedding" | "maxAttempts">;
  /** The upload cap (default FILE_LIMITS.bytes); tests set a small one instead of sending 25 MB. */
  fileBytes?: number;
};

const defaultLoader: EngineLoader = async (spec) => (await import("./engines")).loadEngine(spec);

/** Extras beyond the public face, for tests and the users CLI. */
export type LocalEgpInternal = LocalEgp & {
  idle(): Promise<void>;
  users: UserAdmin;
  runtime: DeploymentRuntime;
  training: TrainingRuntime;
  db: Db;
};

export async function createLocalEgp(opts: LocalEgpOptions): Promise<LocalEgpInternal> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const allowedHosts = parseAllowedHosts(opts.engineAllowedHosts);
  const store = await openDb(opts);
  try {
    // Consoles starting together on one PostgreSQL would race to create the admin user: one at a time.
    const info = await store.exclusively(() => bootstrap(store.db, opts));
    const runtime = new DeploymentRuntime(store.db, opts.loadEngine ?? defaultLoader, log, {
      ...opts.jobs,
      loadTimeoutMs: opts.engineLoadTimeoutMs,
      exclusive: store.kind === "pglite",
      allowedHosts,
    });
    await runtime.recover();
    const training = new TrainingRuntime(store.db, opts.loadEngine ?? defaultLoader, log, {
      ...opts.jobs,
      ...opts.fineTuning,
      exclusive: store.kind === "pglite",
      releaseEngine: (id) => runtime.release(id),
    });
    await training.recover();
    const owner = { userId: info.adminUserId, accountId: info.accountId };
    const handle = createHandler(
      { db: store.db, runtime, training, allowedHosts, owner, now: opts.now, fileBytes: opts.fileBytes },
      log,
    );
    const unsubscribe = onStoredJsonReplaced(log);
    let closing: Promise<void> | undefined;
    return {
      handle,
      bootstrap: info,
      createSignInToken: (userId, ttlMs = 10 * 60_000) => createSignInToken(store.db, userId, ttlMs),
      redeemSignInToken: (token) => redeemSignInToken(store.db, token),
      keyAccess: (apiKey, accountId) => keyAccess(store.db, apiKey, accountId),
      ...consoleStoreCalls(store.db),
      sessionAccess: (sid, apiKey, accountId) => sessionAccess(store.db, sid, apiKey, accountId),
      idle: async () => {
        await runtime.idle();
        await training.idle();
      },
      users: userAdmin(store.db, owner),
      runtime,
      training,
      db: store.db,
      close: () =>
        (closing ??= Promise.all([training.close(), runtime.close()]).then(() => {
          unsubscribe();
          return store.close();
        })),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

const GLOBAL_KEY = Symbol.for("egp-console.local-egp");
type GlobalSlot = { [GLOBAL_KEY]?: Promise<LocalEgp> };

/**
 * Process-wide singleton from env (EGP_DATA_DIR default ".data", DATABASE_URL, EGP_LOCAL_ADMIN_KEY), kept on
 * globalThis. It runs on a worker thread of its own: PGlite's WASM and the engines compute synchronously,
 * and on the console's thread every query would stall page rendering for all users.
 */
export function getLocalEgp(): Promise<LocalEgp> {
  const slot = globalThis as GlobalSlot;
  const config = env();
  if (slot[GLOBAL_KEY]) return slot[GLOBAL_KEY];
  const started = startLocalEgpWorker(
    {
      dataDir: config.EGP_DATA_DIR,
      databaseUrl: config.DATABASE_URL || undefined,
      adminKey: config.EGP_LOCAL_ADMIN_KEY,
      engineAllowedHosts: config.EGP_ENGINE_ALLOWED_HOSTS,
    },
    // A thread that died (or was closed) is started again on the next call.
    { onExit: () => slot[GLOBAL_KEY] === started && delete slot[GLOBAL_KEY] },
  ).then(
    (egp) => ({
      ...egp,
      // A closed singleton must not be handed out again.
      close: async () => {
        delete slot[GLOBAL_KEY];
        await egp.close();
      },
    }),
    (error: unknown) => {
      delete slot[GLOBAL_KEY];
      throw error;
    },
  );
  slot[GLOBAL_KEY] = started;
  return started;
}

/** Tests: serve this instance (an in-process one) as the singleton; null to go back to the worker. */
export function serveLocalEgp(egp: LocalEgp | null) {
  const slot = globalThis as GlobalSlot;
  if (egp) slot[GLOBAL_KEY] = Promise.resolve(egp);
  else delete slot[GLOBAL_KEY];
}
