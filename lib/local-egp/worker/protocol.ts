import type { Bootstrap } from "../bootstrap";
import type { ConsoleStoreCalls } from "../console-store";
import type { LocalEgpCalls } from "../index";

/** The calls a console-store worker serves; the embedded server serves these and LOCAL_EGP_CALLS. */
export const CONSOLE_STORE_CALLS = [
  "createConsoleSession",
  "getConsoleSession",
  "touchConsoleSession",
  "endConsoleSession",
  "endConsoleSessionsForUser",
  "savePlaygroundRun",
  "getPlaygroundRun",
  "listPlaygroundRuns",
  "deletePlaygroundRun",
  "savePlaygroundPreset",
  "listPlaygroundPresets",
  "deletePlaygroundPreset",
] as const satisfies readonly (keyof ConsoleStoreCalls)[];

export const LOCAL_EGP_CALLS = [
  ...CONSOLE_STORE_CALLS,
  "createSignInToken",
  "redeemSignInToken",
  "keyAccess",
  "sessionAccess",
] as const satisfies readonly (keyof LocalEgpCalls)[];

export type CallName = (typeof LOCAL_EGP_CALLS)[number];

/** Messages between the console's thread and the thread that runs the embedded EGP server. */
export type WireHeaders = [string, string][];

export type ToWorker =
  | { t: "request"; id: number; method: string; url: string; headers: WireHeaders; body: ArrayBuffer | null }
  | { t: "cancel"; id: number }
  | { t: "call"; id: number; fn: CallName; args: unknown[] }
  | { t: "close" };

export type FromWorker =
  /** bootstrap is null for a console-store worker (no embedded server). */
  | { t: "ready"; bootstrap: Bootstrap | null }
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
