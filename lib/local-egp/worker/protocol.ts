import type { Bootstrap } from "../bootstrap";

/** Messages between the console's thread and the thread that runs the embedded EGP server. */
export type WireHeaders = [string, string][];

export type ToWorker =
  | { t: "request"; id: number; method: string; url: string; headers: WireHeaders; body: ArrayBuffer | null }
  | { t: "cancel"; id: number }
  | { t: "call"; id: number; fn: "createSignInToken"; args: [userId: string, ttlMs?: number] }
  | { t: "call"; id: number; fn: "redeemSignInToken"; args: [token: string] }
  | { t: "close" };

export type FromWorker =
  | { t: "ready"; bootstrap: Bootstrap }
  | { t: "failed"; message: string }
  /** A whole response: every answer except event streams. */
  | { t: "response"; id: number; status: number; headers: WireHeaders; body: ArrayBuffer }
  /** The head of a streamed response; chunks and an end (or error) follow. */
  | { t: "head"; id: number; status: number; headers: WireHeaders }
  | { t: "chunk"; id: number; data: Uint8Array }
  | { t: "end"; id: number }
  | { t: "result"; id: number; value: unknown }
  | { t: "error"; id: number; message: string }
  | { t: "closed" };
