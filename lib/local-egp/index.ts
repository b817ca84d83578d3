import "server-only";
import { env } from "@/lib/env";
import { bootstrap, type Bootstrap } from "./bootstrap";
import { openDb, type Db } from "./db/open";
import { DeploymentRuntime, type EngineLoader, type RuntimeOptions } from "./runtime/deployment-runtime";
import { createHandler } from "./server";
import { createSignInToken, redeemSignInToken } from "./store/identity";
import { userAdmin, type UserAdmin } from "./users";
import { startLocalEgpWorker } from "./worker/client";

export type LocalEgp = {
  /** Web-standard handler. Routes on the URL pathname: "/v4/models", "/v3/...", "/user-info". A leading "/egp" is stripped. */
  handle(request: Request): Promise<Response>;
  /** One-time sign-in tokens for the console: create at start, redeem once for a fresh API key of that user. */
  createSignInToken(userId: string, ttlMs?: number): Promise<string>;
  redeemSignInToken(token: string): Promise<{ apiKey: string; userId: string } | null>;
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
  /** PGlite: how long to wait at start for a previous process to release the data dir (default 10 s). */
  lockWaitMs?: number;
  /** Deployment job leases (see RuntimeOptions); defaults suit production. */
  jobs?: Pick<RuntimeOptions, "leaseMs" | "tickMs" | "now">;
};

const defaultLoader: EngineLoader = async (spec) => (await import("./engines")).loadEngine(spec);

/** Extras beyond the public face, for tests and the users CLI. */
export type LocalEgpInternal = LocalEgp & {
  idle(): Promise<void>;
  users: UserAdmin;
  runtime: DeploymentRuntime;
  db: Db;
};

export async function createLocalEgp(opts: LocalEgpOptions): Promise<LocalEgpInternal> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const store = await openDb(opts);
  try {
    // Consoles starting together on one PostgreSQL would race to create the admin user: one at a time.
    const info = await store.exclusively(() => bootstrap(store.db, opts));
    const runtime = new DeploymentRuntime(store.db, opts.loadEngine ?? defaultLoader, log, {
      ...opts.jobs,
      loadTimeoutMs: opts.engineLoadTimeoutMs,
      exclusive: store.kind === "pglite",
    });
    await runtime.recover();
    const handle = createHandler({ db: store.db, runtime }, log);
    let closing: Promise<void> | undefined;
    return {
      handle,
      bootstrap: info,
      createSignInToken: (userId, ttlMs = 10 * 60_000) => createSignInToken(store.db, userId, ttlMs),
      redeemSignInToken: (token) => redeemSignInToken(store.db, token),
      idle: () => runtime.idle(),
      users: userAdmin(store.db),
      runtime,
      db: store.db,
      close: () => (closing ??= runtime.close().then(() => store.close())),
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
