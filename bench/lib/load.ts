import autocannon from "autocannon";

/** One bounded autocannon run; errors and non-2xx answers are counted, never hidden. */
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
  const result = await autocannon({
    url,
    method,
    headers,
    body,
    connections,
    ...(amount === undefined ? { duration } : { amount }),
    timeout: 20,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
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
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return {
    p50: at(50),
    p99: at(99),
    rps: latencies.length / duration,
    requests: latencies.length,
    errors,
    non2xx: 0,
  };
}
