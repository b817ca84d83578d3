/**
 * The embedded EGP server's own thread: PGlite (synchronous WASM) and the engines run here, so a query
 * or an embedding never blocks the console's event loop while it renders pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createLocalEgp } from "../index";
import type { WorkerOptions } from "./client";
import type { FromWorker, ToWorker } from "./protocol";

const port = parentPort!;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main() {
  let egp: Awaited<ReturnType<typeof createLocalEgp>>;
  try {
    const { quiet, ...options } = workerData as WorkerOptions;
    egp = await createLocalEgp({ ...options, log: quiet ? () => undefined : undefined });
  } catch (error) {
    send({ t: "failed", message: errorText(error) });
    return;
  }
  const streams = new Map<number, ReadableStreamDefaultReader<Uint8Array>>();

  async function answer(message: Extract<ToWorker, { t: "request" }>) {
    const { id, method, url, headers, body } = message;
    try {
      const response = await egp.handle(new Request(url, { method, headers, body }));
      const head = { id, status: response.status, headers: [...response.headers] };
      if (!response.body || !response.headers.get("content-type")?.startsWith("text/event-stream")) {
        const bytes = await response.arrayBuffer();
        send({ t: "response", ...head, body: bytes }, [bytes]);
        return;
      }
      send({ t: "head", ...head });
      const reader = response.body.getReader();
      streams.set(id, reader);
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          send({ t: "chunk", id, data: value });
        }
        send({ t: "end", id });
      } finally {
        streams.delete(id);
      }
    } catch (error) {
      send({ t: "error", id, message: errorText(error) });
    }
  }

  port.on("message", (message: ToWorker) => {
    switch (message.t) {
      case "request":
        void answer(message);
        break;
      case "cancel":
        void streams.get(message.id)?.cancel();
        break;
      case "call": {
        const run =
          message.fn === "createSignInToken"
            ? egp.createSignInToken(...message.args)
            : egp.redeemSignInToken(...message.args);
        run.then(
          (value) => send({ t: "result", id: message.id, value }),
          (error: unknown) => send({ t: "error", id: message.id, message: errorText(error) }),
        );
        break;
      }
      case "close":
        void egp.close().finally(() => {
          send({ t: "closed" });
          port.close();
        });
        break;
    }
  });
  send({ t: "ready", bootstrap: egp.bootstrap });
}

void main();
