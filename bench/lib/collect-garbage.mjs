#!/usr/bin/env node
// Forces a full garbage collection in a Node process started with --inspect, on its main thread and on
// every worker thread, through the inspector protocol; exits when each has answered.
//   node --experimental-websocket bench/lib/collect-garbage.mjs ws://127.0.0.1:PORT/UUID
// (Node 20 has WebSocket only behind that flag, so bench/memory.ts runs this as a child process.)
const url = process.argv[2];
if (!url) throw new Error("usage: collect-garbage.mjs <inspector ws url>");

const socket = new WebSocket(url);
let nextId = 1;
const waiting = new Map();
const send = (method, params = {}) =>
  new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });

const workers = [];
const workerWaiting = new Map();
socket.addEventListener("message", (event) => {
  const message = JSON.parse(String(event.data));
  if (message.id && waiting.has(message.id)) {
    const { resolve, reject } = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) reject(new Error(message.error.message));
    else resolve(message.result);
  } else if (message.method === "NodeWorker.attachedToWorker") {
    workers.push(message.params.sessionId);
  } else if (message.method === "NodeWorker.receivedMessageFromWorker") {
    const inner = JSON.parse(message.params.message);
    const done = inner.id && workerWaiting.get(`${message.params.sessionId}:${inner.id}`);
    if (done) done();
  }
});

function inWorker(sessionId, method) {
  const id = nextId++;
  return new Promise((resolve) => {
    workerWaiting.set(`${sessionId}:${id}`, resolve);
    void send("NodeWorker.sendMessageToWorker", { sessionId, message: JSON.stringify({ id, method }) });
  });
}

const timer = setTimeout(() => {
  console.error("collect-garbage: no answer within 60 s");
  process.exit(1);
}, 60_000);

socket.addEventListener("error", () => {
  console.error(`collect-garbage: could not connect to ${url}`);
  process.exit(1);
});
socket.addEventListener("open", async () => {
  // Attaching lists the running workers (attachedToWorker events) before enable answers.
  await send("NodeWorker.enable", { waitForDebuggerOnStart: false });
  for (const sessionId of workers) {
    await inWorker(sessionId, "HeapProfiler.enable");
    await inWorker(sessionId, "HeapProfiler.collectGarbage");
  }
  await send("HeapProfiler.enable");
  await send("HeapProfiler.collectGarbage");
  await send("NodeWorker.disable").catch(() => undefined);
  clearTimeout(timer);
  console.log(JSON.stringify({ workers: workers.length }));
  socket.close();
  process.exit(0);
});
