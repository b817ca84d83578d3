// autocannon ships no types; only what bench/lib/load.ts reads is declared.
declare module "autocannon" {
  type Histogram = { p50: number; p99: number; average: number; total: number };
  type Result = { latency: Histogram; requests: Histogram; errors: number; timeouts: number; non2xx: number };
  type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
  };
  /** The run's promise, and its events: "response" for each answer (latency in fractional ms). */
  interface Run extends Promise<Result> {
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): this;
  }
  export default function autocannon(options: Options): Run;
}
