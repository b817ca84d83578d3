import createClient, { type Client, type Middleware } from "openapi-fetch";
import { checkAnswer } from "./answer-shape";
import { EgpError, egpErrorFromBody, parseRetryAfter } from "./errors";
import type { paths } from "./schema.gen";
import type { EgpTransport } from "./transport";

export type EgpClient = Client<paths>;

export type EgpClientOptions = {
  /** API root, e.g. https://api.egp.scale.com (no trailing slash). */
  baseUrl: string;
  apiKey: string;
  /** Sent as x-selected-account-id when set. */
  accountId?: string | null;
  transport?: EgpTransport;
  /** Check every 2xx body against the spec's response schema (remote mode: the upstream is not ours). */
  checkAnswers?: boolean;
};

/** Fails a 2xx whose body the spec does not allow, before any caller reads a field of it. */
const answerCheck: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    if (!response.ok || response.headers.get("content-type")?.includes("text/event-stream")) return;
    const text = await response.text();
    checkAnswer(request.method, schemaPath, response.status, text);
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  },
};

export function createEgpClient({
  baseUrl,
  apiKey,
  accountId,
  transport,
  checkAnswers = false,
}: EgpClientOptions): EgpClient {
  const headers: Record<string, string> = { "x-api-key": apiKey };
  if (accountId) headers["x-selected-account-id"] = accountId;
  const client = createClient<paths>({
    baseUrl,
    headers,
    fetch: transport ?? ((request) => fetch(request)),
    // EGP reads array query params comma-joined: view=Deployments,ModelGroup
    querySerializer: { array: { style: "form", explode: false } },
  });
  if (checkAnswers) client.use(answerCheck);
  return client;
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** The data of a 2xx answer, or one EgpError with the upstream's status and detail. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof EgpError) throw error;
    if (error instanceof SyntaxError) {
      throw new EgpError(502, null, "The EGP API sent a malformed response", null, { cause: error });
    }
    if (error instanceof Error && error.name === "AbortError") throw error;
    // The per-attempt timeout also bounds reading the body: a stalled stream ends here.
    if (error instanceof Error && error.name === "TimeoutError") {
      throw new EgpError(0, null, "The EGP API did not answer in time", null, { cause: error });
    }
    throw new EgpError(0, null, "The EGP API could not be reached", null, { cause: error });
  }
  const { response } = result;
  if (!response.ok) {
    throw egpErrorFromBody(
      response.status,
      result.error,
      parseRetryAfter(response.headers.get("retry-after")),
    );
  }
  return result.data as T;
}

/**
 * A 2xx answer fetched with `parseAs: "stream"`, as a response a route sends on without parsing and
 * serialising it again (remote mode's answer check has read it already); failures throw as unwrap's do.
 */
export async function passThrough(call: Promise<FetchResult<ReadableStream | null>>): Promise<Response> {
  const body = await unwrap(call);
  return new Response(body, { headers: { "content-type": "application/json" } });
}

export type Page<T> = { items: T[]; total_item_count: number; current_page: number; items_per_page: number };

/** Walks v4 pages until a short or empty page; bounded so a misbehaving upstream cannot loop forever. */
export async function collectPages<T>(
  fetchPage: (page: number) => Promise<Page<T>>,
  { maxPages = 100 }: { maxPages?: number } = {},
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    if (result.items.length === 0 || result.items.length < result.items_per_page) break;
    if (items.length >= result.total_item_count) break;
  }
  return items;
}
