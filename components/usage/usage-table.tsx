import type { UsagePoint } from "@/lib/schemas/usage";
import { bucketLabel, formatCount, formatLatency } from "./format";

/** The chart's figures for screen readers (and anyone who wants the numbers). */
export function UsageTable({
  points,
  bucketMs,
  hasRequests,
  className,
}: {
  points: readonly UsagePoint[];
  bucketMs: number;
  hasRequests: boolean;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption>Usage per period, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Period starting</th>
          {hasRequests && <th scope="col">Requests</th>}
          {hasRequests && <th scope="col">Failed</th>}
          <th scope="col">Prompt tokens</th>
          <th scope="col">Response tokens</th>
          {hasRequests && <th scope="col">Mean latency</th>}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.date}>
            <th scope="row">
              <time dateTime={p.date}>{bucketLabel(p.date, bucketMs)}</time>
            </th>
            {hasRequests && <td>{formatCount(p.request_count ?? 0)}</td>}
            {hasRequests && <td>{formatCount(p.error_count ?? 0)}</td>}
            <td>{formatCount(p.prompt_tokens)}</td>
            <td>{formatCount(p.response_tokens)}</td>
            {hasRequests && <td>{formatLatency(p.average_latency_ms)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
