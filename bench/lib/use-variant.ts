// One USE variant on a worker thread of its own, so the single-thread "before" backend and the threaded
// "after" backend (a per-isolate tfjs setting) run side by side in one bench run, interleaved.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort, Worker, workerData } from "node:worker_threads";

export type Variant = "before" | "after";
type Request =
  { op: "embed"; texts: string[] } | { op: "rerank"; query: string; chunks: string[] } | { op: "info" };
type Reply = {
  ms: number;
  /** CPU time of the whole process meanwhile (the other variants are idle): the work, whatever the load. */
  cpuMs: number;
  scores?: number[];
  threads: number;
  native: string | null;
  nativeThreads: number;
  cacheBytes: number;
  cacheEntries: number;
};

export type UseVariant = {
  embed(texts: string[]): Promise<{ ms: number; cpuMs: number }>;
  rerank(query: string, chunks: string[]): Promise<{ ms: number; cpuMs: number; scores: number[] }>;
  info(): Promise<Reply>;
  close(): Promise<void>;
};

/**
 * Starts the variant's thread: "before" is padded batches, no cache and tfjs's own kernels; "after" the
 * defaults (native kernels when built); both on 1 thread unless `overrides` set EGP_USE_THREADS.
 */
export async function startUseVariant(
  variant: Variant,
  overrides: Record<string, string> = {},
): Promise<UseVariant> {
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxDir, "dist/esm/api/index.mjs")).href;
  const self = fileURLToPath(import.meta.url);
  const env: Record<string, string | undefined> = { ...process.env };
  // The old path: tfjs's own kernels on one thread.
  if (variant === "before") Object.assign(env, { EGP_USE_THREADS: "1", EGP_USE_NATIVE: "0" });
  Object.assign(env, overrides);
  const worker = new Worker(
    `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(self)}, ${JSON.stringify(import.meta.url)}))`,
    { eval: true, workerData: { variant }, env, execArgv: ["--conditions=react-server"] },
  );
  let next = 0;
  const pending = new Map<number, (reply: Reply | { error: string }) => void>();
  worker.on("message", ({ id, reply }: { id: number; reply: Reply | { error: string } }) => {
    pending.get(id)?.(reply);
    pending.delete(id);
  });
  const call = (request: Request) =>
    new Promise<Reply>((resolve, reject) => {
      const id = next++;
      pending.set(id, (reply) => ("error" in reply ? reject(new Error(reply.error)) : resolve(reply)));
      worker.postMessage({ id, request });
    });
  await call({ op: "info" }); // loads the model
  return {
    embed: async (texts) => {
      const { ms, cpuMs } = await call({ op: "embed", texts });
      return { ms, cpuMs };
    },
    rerank: async (query, chunks) => {
      const reply = await call({ op: "rerank", query, chunks });
      return { ms: reply.ms, cpuMs: reply.cpuMs, scores: reply.scores ?? [] };
    },
    info: () => call({ op: "info" }),
    close: async () => void (await worker.terminate()),
  };
}

async function serve(variant: Variant) {
  const [{ getUseModel, embedWithUse, embedWithUsePadded }, { loadHybridRerank }, { sharedEmbeddingCache }] =
    await Promise.all([
      import("../../lib/local-egp/engines/embedding/use-model"),
      import("../../lib/local-egp/engines/rerank/hybrid-rerank"),
      import("../../lib/local-egp/engines/embedding/embedding-cache"),
    ]);
  const use = await getUseModel();
  const before = variant === "before";
  const rerank = await loadHybridRerank({}, before ? { cache: null, padded: true } : {});
  const cache = sharedEmbeddingCache();
  const answer = async (request: Request): Promise<Reply> => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    let scores: number[] | undefined;
    if (request.op === "embed") await (before ? embedWithUsePadded : embedWithUse)(use, request.texts);
    if (request.op === "rerank") scores = (await rerank.rerank(request.query, request.chunks)).scores;
    const ms = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    return {
      ms,
      cpuMs: (user + system) / 1000,
      scores,
      threads: use.threads,
      native: use.native?.isa ?? null,
      nativeThreads: use.native?.threads ?? 0,
      cacheBytes: cache.bytes,
      cacheEntries: cache.size,
    };
  };
  parentPort!.on("message", ({ id, request }: { id: number; request: Request }) => {
    answer(request).then(
      (reply) => parentPort!.postMessage({ id, reply }),
      (error: unknown) => parentPort!.postMessage({ id, reply: { error: String(error) } }),
    );
  });
}

if (parentPort && (workerData as { variant?: Variant } | null)?.variant) await serve(workerData.variant);
