import type { UsagePoint } from "../schemas/usage";

export type UsageSummary = {
  requests: number | null;
  errors: number | null;
  tokens: number;
  promptTokens: number;
  responseTokens: number;
  /** Mean latency over every request in the range, weighted by each bucket's count. */
  averageLatencyMs: number | null;
  /** The server reports request counts and latency (the embedded one does; Scale GP does not). */
  hasRequests: boolean;
};

export function summarizeUsage(points: readonly UsagePoint[]): UsageSummary {
  const hasRequests = points.length > 0 && points.every((p) => typeof p.request_count === "number");
  let requests = 0;
  let errors = 0;
  let latencyWeighted = 0;
  let promptTokens = 0;
  let responseTokens = 0;
  for (const p of points) {
    promptTokens += p.prompt_tokens;
    responseTokens += p.response_tokens;
    const count = p.request_count ?? 0;
    requests += count;
    errors += p.error_count ?? 0;
    if (p.average_latency_ms != null) latencyWeighted += p.average_latency_ms * count;
  }
  return {
    requests: hasRequests ? requests : null,
    errors: hasRequests ? errors : null,
    tokens: promptTokens + responseTokens,
    promptTokens,
    responseTokens,
    averageLatencyMs: hasRequests && requests > 0 ? Math.round(latencyWeighted / requests) : null,
    hasRequests,
  };
}

/** Nothing happened in the range: no tokens and, where counted, no requests. */
export const isEmptyUsage = (s: UsageSummary) => s.tokens === 0 && !s.requests;
