/**
 * The embedded EGP server's own thread: PGlite (synchronous WASM) and the engines run here, so a query
 * or an embedding never blocks the console's event loop while it renders pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openConsoleStoreServer, type ConsoleStoreServer } from "../console-store";
import { createLocalEgp, type LocalEgpInternal } from "../index";
import type { WorkerOptions } from "./client";
import {
  CONSOLE_STORE_CALLS,
  LOCAL_EGP_CALLS,
  type CallName,
  type FromWorker,
  type ToWorker,
} from "./protocol";

const port = parentPort!;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A console-store worker (remote mode) opens the database and serves its calls, no EGP routes. */
async function open(): Promise<{
  egp: LocalEgpInternal | null;
  server: LocalEgpInternal | ConsoleStoreServer;
}> {
  const { quiet, consoleStoreOnly, ...options } = workerData as WorkerOptions;
  if (consoleStoreOnly) {
    return { egp: null, server: await openConsoleStoreServer(options) };
  }
  const egp = await createLocalEgp({ ...options, log: quiet ? () => undefined : undefined });
  return { egp, server: egp };
}

/** A request being answered: its abort is the signal the routes hand to the engine. */
type Flight = { abort: AbortController; reader?: ReadableStreamDefaultReader<Uint8Array> };

async function main() {
  let opened: Awaited<ReturnType<typeof open>>;
  try {
    opened = await open();
  } catch (error) {
    send({ t: "failed", message: errorText(error) });
    return;
  }
  const { egp, server } = opened;
  const served: readonly CallName[] = egp ? LOCAL_EGP_CALLS : CONSOLE_STORE_CALLS;
  const inFlight = new Map<number, Flight>();

  async function answer(message: Extract<ToWorker, { t: "request" }>) {
    const { id, method, url, headers, body } = message;
    const abort = new AbortController();
    const flight: Flight = { abort };
    inFlight.set(id, flight);
    try {
      if (!egp) throw new Error("This worker serves only the console's store.");
      const response = await egp.handle(new Request(url, { method, headers, body, signal: abort.signal }));
      if (abort.signal.aborted) return void response.body?.cancel().catch(() => undefined);
      const head = { id, status: response.status, headers: [...response.headers] };
      if (!response.body || !response.headers.get("content-type")?.startsWith("text/event-stream")) {
        const bytes = await response.arrayBuffer();
        send({ t: "response", ...head, body: bytes }, [bytes]);
        return;
      }
      send({ t: "head", ...head });
      const reader = response.body.getReader();
      flight.reader = reader;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        send({ t: "chunk", id, data: value });
      }
      send({ t: "end", id });
    } catch (error) {
      // The console side dropped a cancelled request already: nobody waits for this error.
      if (!abort.signal.aborted) send({ t: "error", id, message: errorText(error) });
    } finally {
      inFlight.delete(id);
    }
  }

  port.on("message", (message: ToWorker) => {
    switch (message.t) {
      case "request":
        void answer(message);
        break;
      case "cancel": {
        const flight = inFlight.get(message.id);
        flight?.abort.abort();
        void flight?.reader?.cancel().catch(() => undefined);
        break;
      }
      case "call": {
        const run = served.includes(message.fn)
          ? // safe because the client's face passes each call's own arguments, typed at its end
            (server[message.fn as keyof typeof server] as (...args: unknown[]) => Promise<unknown>)(
              ...message.args,
            )
          : Promise.reject(new Error(`Unknown call ${message.fn}`));
        Promise.resolve(run).then(
          (value) => send({ t: "result", id: message.id, value }),
          (error: unknown) => send({ t: "error", id: message.id, message: errorText(error) }),
        );
        break;
      }
      case "close":
        void server.close().finally(() => {
          send({ t: "closed" });
          port.close();
        });
        break;
    }
  });
  send({ t: "ready", bootstrap: egp?.bootstrap ?? null });
}

void main();
