import "server-only";
import { fromEgpError } from "../api/respond";
import { EgpError } from "./errors";

/**
 * The readable message of an EGP failure a server page cannot render past: no answer, a timeout,
 * a 5xx or an answer of the wrong shape. Anything else (4xx the page handles, bugs) is null.
 */
export function pageFailure(error: unknown): string | null {
  if (!(error instanceof EgpError) || (error.status !== 0 && error.status < 500)) return null;
  return fromEgpError(error).message;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/** A server page's load, with an EGP failure kept as its message (for PageError) instead of thrown. */
export async function loadForPage<T>(load: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await load };
  } catch (error) {
    const message = pageFailure(error);
    if (message === null) throw error;
    return { ok: false, message };
  }
}
