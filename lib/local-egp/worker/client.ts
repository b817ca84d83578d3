import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Bootstrap } from "../bootstrap";
import type { ConsoleStoreCalls, ConsoleStoreServer } from "../console-store";
import type { LocalEgp, LocalEgpCalls, LocalEgpOptions } from "../index";
import type { CallName, FromWorker, ToWorker } from "./protocol";
import { egpBodyLimit } from "@/lib/limits";
import { BodyTooLargeError, readBodyBytes } from "@/lib/limits/read-body";

/** `settled` drops the request's abort listener once its answer is complete (or failed). */
type Pending =
  | { kind: "response"; resolve: (r: Response) => void; reject: (e: Error) => void; settled: () => void }
  | { kind: "stream"; controller: ReadableStreamDefaultController<Uint8Array>; settled: () => void }
  | { kind: "call"; resolve: (v: unknown) => void; reject: (e: Error) => void };

/** Only plain data crosses to the worker; the engine loader stays the worker's own default. */
export type WorkerOptions = Omit<LocalEgpOptions, "log" | "loadEngine"> & {
  /** Drop the server's log lines (tests); otherwise they go to the console's stdout. */
  quiet?: boolean;
  /** Open the database for the console's store only: no bootstrap, deployments or EGP routes (remote mode). */
  consoleStoreOnly?: boolean;
};

type Call = (fn: CallName, args: unknown[]) => Promise<unknown>;
type Connection = Pick<LocalEgp, "handle" | "close"> & { bootstrap: Bootstrap | null; call: Call };

// safe because the worker answers a call named K with what LocalEgpCalls[K] resolves to
const relay = <K extends CallName>(call: Call, fn: K) =>
  ((...args: unknown[]) => call(fn, args)) as unknown as LocalEgpCalls[K];

function consoleStoreRelay(call: Call): ConsoleStoreCalls {
  return {
    createConsoleSession: relay(call, "createConsoleSession"),
    getConsoleSession: relay(call, "getConsoleSession"),
    touchConsoleSession: relay(call, "touchConsoleSession"),
    endConsoleSession: relay(call, "endConsoleSession"),
    endConsoleSessionsForUser: relay(call, "endConsoleSessionsForUser"),
    savePlaygroundRun: relay(call, "savePlaygroundRun"),
    getPlaygroundRun: relay(call, "getPlaygroundRun"),
    listPlaygroundRuns: relay(call, "listPlaygroundRuns"),
    deletePlaygroundRun: relay(call, "deletePlaygroundRun"),
    savePlaygroundPreset: relay(call, "savePlaygroundPreset"),
    listPlaygroundPresets: relay(call, "listPlaygroundPresets"),
    deletePlaygroundPreset: relay(call, "deletePlaygroundPreset"),
  };
}

/**
 * The embedded EGP server on its own thread, behind the same face as an in-process one: `handle` passes
 * the request across and streams the answer back (event streams chunk by chunk).
 */
export async function startLocalEgpWorker(
  options: WorkerOptions,
  hooks: { onExit?: () => void } = {},
): Promise<LocalEgp> {
  const { bootstrap, call, handle, close } = await connect({ ...options, consoleStoreOnly: false }, hooks);
  if (!bootstrap) throw new Error("The embedded EGP server's thread started without a bootstrap.");
  return {
    bootstrap,
    handle,
    close,
    ...consoleStoreRelay(call),
    createSignInToken: relay(call, "createSignInToken"),
    redeemSignInToken: relay(call, "redeemSignInToken"),
    keyAccess: relay(call, "keyAccess"),
    sessionAccess: relay(call, "sessionAccess"),
  };
}

/** Remote mode's console store: the same thread and database, serving only the console-store calls. */
export async function startConsoleStoreWorker(
  options: Pick<WorkerOptions, "dataDir" | "databaseUrl">,
  hooks: { onExit?: () => void } = {},
): Promise<ConsoleStoreServer> {
  const { call, close } = await connect({ ...options, consoleStoreOnly: true }, hooks);
  return { ...consoleStoreRelay(call), close };
}

function spawn(options: WorkerOptions) {
  // Inside Next (build or dev), Turbopack bundles entry.ts into a chunk of its own and the worker runs
  // plain JavaScript. Under tsx or Vitest the worker loads the TypeScript entry through tsx's API.
  if (process.env.NEXT_RUNTIME) {
    return new Worker(new URL("./entry.ts", import.meta.url), { workerData: options });
  }
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxDir, "dist/esm/api/index.mjs")).href;
  const entry = fileURLToPath(new URL("./entry.ts", import.meta.url));
  return new Worker(
    `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`,
    { eval: true, workerData: options, execArgv: ["--conditions=react-server"] },
  );
}

function connect(options: WorkerOptions, { onExit }: { onExit?: () => void }): Promise<Connection> {
  const worker = spawn(options);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let dead: Error | null = null;
  let closed: Promise<void> | undefined;
  const post = (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);

  function failAll(error: Error) {
    dead = error;
    for (const entry of pending.values()) {
      if (entry.kind === "stream") entry.controller.error(error);
      else entry.reject(error);
      if (entry.kind !== "call") entry.settled();
    }
    pending.clear();
  }

  return new Promise<Connection>((resolveStart, rejectStart) => {
    let onClosed: (() => void) | undefined;
    worker.on("error", (error) => {
      failAll(error);
      rejectStart(error);
    });
    worker.on("exit", (code) => {
      const error = new Error(`The embedded EGP server's thread exited (code ${code}).`);
      failAll(error);
      rejectStart(error);
      onExit?.();
      onClosed?.();
    });
    worker.on("message", (message: FromWorker) => {
      switch (message.t) {
        case "ready":
          resolveStart(connection(message.bootstrap));
          return;
        case "failed":
          rejectStart(new Error(message.message));
          void worker.terminate();
          return;
        case "closed":
          void worker.terminate();
          return;
      }
      const entry = pending.get(message.id);
      if (!entry) return;
      if (message.t === "response" && entry.kind === "response") {
        pending.delete(message.id);
        entry.settled();
        entry.resolve(
          new Response(nullBody(message.status) ? null : message.body, {
            status: message.status,
            headers: message.headers,
          }),
        );
      } else if (message.t === "head" && entry.kind === "response") {
        const { id } = message;
        const { settled } = entry;
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => void pending.set(id, { kind: "stream", controller, settled }),
          cancel: () => {
            pending.delete(id);
            settled();
            post({ t: "cancel", id });
          },
        });
        entry.resolve(new Response(body, { status: message.status, headers: message.headers }));
      } else if (message.t === "chunk" && entry.kind === "stream") {
        entry.controller.enqueue(message.data);
      } else if (message.t === "end" && entry.kind === "stream") {
        pending.delete(message.id);
        entry.settled();
        entry.controller.close();
      } else if (message.t === "result" && entry.kind === "call") {
        pending.delete(message.id);
        entry.resolve(message.value);
      } else if (message.t === "error") {
        pending.delete(message.id);
        if (entry.kind !== "call") entry.settled();
        const error = new Error(message.message);
        if (entry.kind === "stream") entry.controller.error(error);
        else entry.reject(error);
      }
    });

    const call: Call = (fn, args) => {
      if (dead) return Promise.reject(dead);
      const id = nextId++;
      return new Promise<unknown>((resolve, reject) => {
        pending.set(id, { kind: "call", resolve, reject });
        post({ t: "call", id, fn, args });
      });
    };

    function connection(bootstrap: Bootstrap | null): Connection {
      return {
        bootstrap,
        call,
        async handle(request) {
          if (dead) throw dead;
          let body: ArrayBuffer | null = null;
          if (request.method !== "GET" && request.method !== "HEAD") {
            const limit = egpBodyLimit(request.method, new URL(request.url).pathname);
            // Capped here, on the console's thread, so no client can make it buffer more than any route takes.
            try {
              body = ownBuffer(await readBodyBytes(request, limit.bytes));
            } catch (error) {
              if (error instanceof BodyTooLargeError)
                return Response.json({ detail: limit.detail ?? error.message }, { status: 413 });
              throw error;
            }
          }
          const { signal } = request;
          signal.throwIfAborted();
          const id = nextId++;
          return new Promise<Response>((resolve, reject) => {
            // A stop must reach the engine whether or not the answer streams: the worker aborts the
            // request's own signal, which the routes hand to the engine.
            const onAbort = () => {
              const entry = pending.get(id);
              if (!entry) return;
              pending.delete(id);
              post({ t: "cancel", id });
              if (entry.kind === "stream") entry.controller.error(signal.reason);
              else entry.reject(signal.reason);
            };
            const settled = () => signal.removeEventListener("abort", onAbort);
            pending.set(id, { kind: "response", resolve, reject, settled });
            signal.addEventListener("abort", onAbort, { once: true });
            const headers = [...request.headers];
            post(
              { t: "request", id, method: request.method, url: request.url, headers, body },
              body ? [body] : [],
            );
          });
        },
        close: () =>
          (closed ??= new Promise<void>((resolve) => {
            if (dead) return resolve();
            onClosed = resolve;
            post({ t: "close" });
          })),
      };
    }
  });
}

/** The bytes' buffer to transfer, copied only when it holds more than these bytes (a small Buffer from the pool). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  // safe because readBodyBytes allocates ordinary (not shared) memory
  return whole ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}

/** Statuses whose Response may not carry a body. */
function nullBody(status: number) {
  return status === 101 || status === 204 || status === 205 || status === 304;
}
