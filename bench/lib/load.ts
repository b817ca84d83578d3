import autocannon from "autocannon";
import { percentile } from "./markdown";

/**
 * One bounded autocannon run; errors and non-2xx answers are counted, never hidden. Latencies are each
 * 2xx answer's own (autocannon's \`response\` event, in fractional ms): its histogram keeps whole
 * milliseconds, too coarse for routes that answer in one.
 */
export type LoadResult = {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
};

/** `amount` (a request count) overrides `duration` when given. */
export type LoadOptions = { connections?: number; duration?: number; amount?: number };

export async function cannon({
  url,
  method = "GET",
  headers = {},
  body,
  connections = 10,
  duration = 10,
  amount,
}: LoadOptions & {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<LoadResult> {
  const run = autocannon({
    url,
    method,
    headers,
    body,
    connections,
    ...(amount === undefined ? { duration } : { amount }),
    timeout: 20,
  });
  const latencies: number[] = [];
  run.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await run;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The same figures for an in-process async call, with `connections` callers in a loop. */
export async function inProcess(
  call: () => Promise<boolean>,
  { connections = 10, duration = 10 }: LoadOptions,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          const ok = await call();
          if (!ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / duration,
    requests: latencies.length,
    errors,
    non2xx: 0,
  };
}
