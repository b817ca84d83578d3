import {
  MutationCache,
  QueryCache,
  QueryClient,
  defaultShouldDehydrateQuery,
  isServer,
} from "@tanstack/react-query";
import { hrefs } from "./hrefs";

const MAX_RETRIES = 1;

/** 4xx answers are final (bad input, missing, forbidden); retrying only repeats them. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number" && status >= 400 && status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/**
 * Where the browser goes when the console answers 401 (the session was ended on the server): sign-in,
 * told it was signed out, and back to this page afterwards.
 */
export function signedOutUrl(error: unknown, here: { pathname: string; search: string }): string | null {
  if ((error as { code?: unknown } | null)?.code !== "unauthorized") return null;
  return hrefs.signIn({ error: "signed-out", next: here.pathname + here.search });
}

function leaveIfSignedOut(error: unknown) {
  const target = signedOutUrl(error, window.location);
  if (target && window.location.pathname !== hrefs.signIn()) window.location.assign(target);
}

export function makeQueryClient(): QueryClient {
  const browser = !isServer;
  return new QueryClient({
    ...(browser && {
      queryCache: new QueryCache({ onError: leaveIfSignedOut }),
      mutationCache: new MutationCache({ onError: leaveIfSignedOut }),
    }),
    defaultOptions: {
      queries: {
        // Above zero so data prefetched on the server is not refetched straight after hydration.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
      },
      dehydrate: {
        // Pending prefetches stream to the client instead of blocking the server render.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One client per server request (no data shared between users), one for the browser's lifetime. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
