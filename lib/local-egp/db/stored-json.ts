import { customType } from "drizzle-orm/pg-core";
import { STORED_JSON_LIMITS } from "@/lib/limits";
import { jsonLimitBreached } from "@/lib/limits/json-shape";

/** What a read answers in place of a stored field that an older version let grow too deep or large. */
export const UNAVAILABLE_KEY = "egp_stored_value_unavailable";

type Listener = (line: string) => void;
const listeners = new Set<Listener>();
const reported = new Set<string>();

/** Each open server subscribes its log; returns the unsubscribe. */
export function onStoredJsonReplaced(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(key: string, reason: string) {
  // Once per field and reason for the process: a list of poisoned rows must not flood the log.
  const id = `${key}:${reason}`;
  if (reported.has(id) || reported.size > 1_000) return;
  reported.add(id);
  for (const listener of listeners)
    listener(
      `local-egp: a stored "${key}" value is answered as a marker: ${reason}; update it to replace it`,
    );
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Each top-level field of a stored body that exceeds STORED_JSON_LIMITS becomes a marker object, so
 * serialising the row (JSON.stringify recurses) cannot overflow the stack and fail a whole list.
 */
export function readableBody(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) {
    report("body", "it is not an object");
    return {};
  }
  let out: Record<string, unknown> | null = null;
  for (const [key, field] of Object.entries(value)) {
    if (field === null || typeof field !== "object") continue;
    const breached = jsonLimitBreached(field, STORED_JSON_LIMITS);
    if (!breached) continue;
    report(key, breached);
    out ??= { ...value };
    out[key] = { [UNAVAILABLE_KEY]: `${breached}; update this field to replace it` };
  }
  return out ?? value;
}

/** The marker readableBody answers in place of a field. */
export type Unavailable = { readonly [UNAVAILABLE_KEY]: string };
/** An object field of a stored body as read: what was written, or the marker. */
export type Stored<T> = T | Unavailable;

export const isUnavailable = (value: unknown): value is Unavailable =>
  isPlainObject(value) && Object.hasOwn(value, UNAVAILABLE_KEY) && Object.keys(value).length === 1;

/** A stored field to look inside: the marker reads as absent. */
export function readable<T>(value: Stored<T> | null | undefined): T | undefined {
  return value == null || isUnavailable(value) ? undefined : (value as T);
}

/** jsonb that reads through readableBody; written exactly as drizzle's jsonb writes. */
export const storedJsonb = customType<{ data: Record<string, unknown>; driverData: unknown }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => readableBody(typeof value === "string" ? JSON.parse(value) : value),
});
