import os from "node:os";
import { Worker as NodeWorker } from "node:worker_threads";
import type { Tf } from "./tfjs-types";

/**
 * Switches tfjs's WASM backend (as bundled in @energetic-ai/core 0.2 / tfjs-backend-wasm 4.5) to its
 * threaded SIMD binary, which ships in the package but which tfjs never picks on Node:
 * - its WASM_HAS_MULTITHREAD_SUPPORT flag answers false whenever IS_NODE;
 * - the binary caps its XNNPACK thread pool at `os.cpus().length / 2` (it assumes two hyperthreads per
 *   core), i.e. one thread on a 2-vCPU machine;
 * - its pthread workers are Blob URLs, which node:worker_threads cannot start, and the script they import
 *   is a Blob too, whose text refers to helpers the bundler kept outside it.
 * Each is worked around only while the backend initialises, then the globals are put back. Threads help
 * the XNNPACK kernels (matmul, 1×1 conv: most of USE's time); any failure falls back to one thread.
 */

/** Bindings the pthread script expects from the bundle around it, and TypeScript's iterator helpers. */
const PTHREAD_PRELUDE = `var require$$0=require("fs"),require$$1=require("path"),require$$3=require("perf_hooks"),require$$4=require("os"),commonjsGlobal=globalThis,_scriptDir=undefined;
var __values=function(o){var s=typeof Symbol==="function"&&Symbol.iterator,m=s&&o[s],i=0;if(m)return m.call(o);if(o&&typeof o.length==="number")return{next:function(){if(o&&i>=o.length)o=void 0;return{value:o&&o[i++],done:!o}}};throw new TypeError("not iterable")};
var __read=function(o,n){var m=typeof Symbol==="function"&&o[Symbol.iterator];if(!m)return o;var i=m.call(o),r,ar=[],e;try{while((n===void 0||n-->0)&&!(r=i.next()).done)ar.push(r.value)}catch(error){e={error:error}}finally{try{if(r&&!r.done&&(m=i["return"]))m.call(i)}finally{if(e)throw e.error}}return ar};
var __spreadArray=function(to,from,pack){if(pack||arguments.length===2)for(var i=0,l=from.length,ar;i<l;i++){if(ar||!(i in from)){if(!ar)ar=Array.prototype.slice.call(from,0,i);ar[i]=from[i]}}return to.concat(ar||Array.prototype.slice.call(from))};
`;
const INLINE_SCRIPT = "egp-inline-script:";
/** Appended to emscripten's worker: its importScripts reads files; ours also takes the script's text. */
const IMPORT_INLINE = `;{const load=global.importScripts;global.importScripts=(f)=>typeof f==="string"&&f.startsWith(${JSON.stringify(INLINE_SCRIPT)})?(0,eval)(f.slice(${INLINE_SCRIPT.length})):load(f);}`;

const INIT_TIMEOUT_MS = 30_000;

/** Resolves with the number of threads the backend runs (1 when threads could not be enabled). */
export async function enableWasmThreads(tf: Tf, threads: number): Promise<number> {
  await tf.ready();
  if (tf.getBackend() !== "wasm" || threads <= 1) return 1;
  const factory = tf.findBackendFactory("wasm");
  const reinit = async (multithread: boolean) => {
    tf.removeBackend("wasm");
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", multithread);
    tf.setThreadsCount(multithread ? threads : 1);
    tf.registerBackend("wasm", factory, 2);
    return tf.setBackend("wasm");
  };
  const restore = patchGlobalsForInit(threads);
  let ok = false;
  try {
    ok = await withTimeout(reinit(true), INIT_TIMEOUT_MS);
  } catch {
    ok = false;
  } finally {
    restore();
  }
  if (ok) return tf.getThreadsCount();
  if (!(await reinit(false))) throw new Error("the tfjs WASM backend failed to initialise");
  return 1;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function patchGlobalsForInit(threads: number): () => void {
  const g = globalThis as { Blob: typeof Blob; Worker?: unknown };
  const OriginalBlob = g.Blob;
  const originalCreateObjectURL = URL.createObjectURL;
  const originalCpus = os.cpus;
  const scripts = new Map<string, string>();
  const originalWorker = Object.getOwnPropertyDescriptor(globalThis, "Worker");

  // Remembers the text of the Blobs tfjs builds, which node cannot read back synchronously.
  class SourceBlob extends OriginalBlob {
    readonly source: string;
    constructor(parts: BlobPart[] = [], options?: BlobPropertyBag) {
      super(parts, options);
      this.source = parts.every((part) => typeof part === "string") ? parts.join("") : "";
    }
  }
  class PthreadWorker extends NodeWorker {
    constructor(url: string | URL) {
      const source = scripts.get(String(url));
      if (source === undefined) throw new Error("unknown pthread worker script");
      // No inherited execArgv: a parent's --input-type=module would make this CommonJS script a module.
      super(source + IMPORT_INLINE, { eval: true, execArgv: [] });
      this.unref();
    }
    // Emscripten refs a worker while its pthread runs, and XNNPACK's pool threads run for good: the
    // process would never exit on its own. The pool must not keep it alive.
    override ref() {}
    override postMessage(message: unknown, transfer?: readonly Transferable[]) {
      const load = message as { cmd?: string; urlOrBlob?: unknown } | null;
      if (load?.cmd === "load" && load.urlOrBlob instanceof SourceBlob)
        message = { ...load, urlOrBlob: INLINE_SCRIPT + PTHREAD_PRELUDE + load.urlOrBlob.source };
      super.postMessage(message, transfer as never);
    }
  }

  g.Blob = SourceBlob as typeof Blob;
  URL.createObjectURL = (blob: Blob) => {
    const url = originalCreateObjectURL(blob);
    if (blob instanceof SourceBlob) scripts.set(url, blob.source);
    return url;
  };
  // The binary sizes its pool as cores / 2 (capped by the requested count): report twice the threads.
  os.cpus = () => {
    const cpus = originalCpus();
    return Array.from({ length: 2 * threads }, (_, i) => cpus[i % cpus.length]);
  };
  Object.defineProperty(globalThis, "Worker", {
    configurable: true,
    get: () => PthreadWorker,
    set: () => {}, // emscripten assigns worker_threads' Worker here; keep ours
  });
  return () => {
    g.Blob = OriginalBlob;
    URL.createObjectURL = originalCreateObjectURL;
    os.cpus = originalCpus;
    delete g.Worker;
    if (originalWorker) Object.defineProperty(globalThis, "Worker", originalWorker);
    for (const url of scripts.keys()) URL.revokeObjectURL(url);
  };
}
