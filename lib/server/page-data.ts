import "server-only";
import { dehydrate, type DataTag, type QueryKey } from "@tanstack/react-query";
import { notFound, unstable_rethrow } from "next/navigation";
import { pageEgp } from "../console-context";
import type { EgpClient } from "../egp/client";
import { pageFailure } from "../egp/page-failure";
import { makeQueryClient } from "../query-client";

/** One query a page loads on the server, under the key its client component reads. */
export type ServerQuery = {
  queryKey: QueryKey;
  load: (egp: EgpClient) => Promise<unknown>;
  /** A null answer means the page's subject does not exist: the page answers 404. */
  subject?: boolean;
};

type Keyed<T> = { queryKey: DataTag<QueryKey, T, unknown> };

/**
 * Pairs a client's query options with the server's loader for the same data, type-checked: the
 * loader must answer what the client's query function answers. A null answer is not sent (the
 * client asks and shows what it gets).
 */
export const serverQuery = <T>(
  options: Keyed<T>,
  load: (egp: EgpClient) => Promise<T | null>,
): ServerQuery => ({ queryKey: options.queryKey, load });

/** The query a page is about (a model, a template): when its loader answers null the page is a 404. */
export const pageSubject = <T>(
  options: Keyed<T>,
  load: (egp: EgpClient) => Promise<T | null>,
): ServerQuery => ({ queryKey: options.queryKey, load, subject: true });

/**
 * Dehydrated query state as JSON text: React's server-to-client transport drops own "__proto__"
 * keys, which are legal creation-parameter names, while JSON.parse keeps them as own keys.
 */
export type PageData = { ok: true; state: string } | { ok: false; message: string };

/**
 * Loads a page's first queries on the server, so the first paint has data instead of skeletons.
 * An EGP API that fails (no answer within EGP_TIMEOUT_MS, 5xx, a wrong shape) gets the error page
 * with its message at once, instead of the browser asking again; other failures are not sent: the
 * client refetches and shows them. An upstream 401 ends the session (sign-in, told so).
 */
export async function loadPageData(queries: readonly ServerQuery[]): Promise<PageData> {
  const { egp, settle } = await pageEgp();
  // Not retried here: the transport has already retried within the timeout.
  const outcomes = await Promise.all(
    queries.map((query) =>
      query.load(egp).then(
        (data) => ({ ok: true as const, data }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    ),
  );
  await settle();
  for (const outcome of outcomes) {
    if (outcome.ok) continue;
    unstable_rethrow(outcome.error);
    const message = pageFailure(outcome.error);
    if (message !== null) return { ok: false, message };
  }
  // A page cannot render around its subject's other failures (a bug, a refusal): error.tsx shows them.
  outcomes.forEach((outcome, i) => {
    if (!outcome.ok && queries[i]!.subject) throw outcome.error;
  });
  const queryClient = makeQueryClient();
  outcomes.forEach((outcome, i) => {
    const { queryKey, subject } = queries[i]!;
    if (outcome.ok && outcome.data === null && subject) notFound();
    if (outcome.ok && outcome.data !== null) queryClient.setQueryData(queryKey, outcome.data);
  });
  return { ok: true, state: JSON.stringify(dehydrate(queryClient)) };
}
