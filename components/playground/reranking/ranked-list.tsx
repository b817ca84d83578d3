import { ArrowDownIcon, ArrowUpIcon, MinusIcon } from "lucide-react";
import type { RankedRow } from "@/lib/playground/ranking";
import { cn } from "@/lib/utils";

function Change({ change }: { change: number }) {
  if (change === 0)
    return (
      <span className="text-muted-foreground inline-flex items-center" title="Same position as in the input">
        <MinusIcon aria-hidden className="size-3" />
        <span className="sr-only">unchanged</span>
      </span>
    );
  const up = change > 0;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-0.5 font-mono",
        up ? "text-status-success" : "text-status-danger",
      )}
      title={`${up ? "Up" : "Down"} ${Math.abs(change)} from the input order`}
    >
      {up ? <ArrowUpIcon aria-hidden className="size-3" /> : <ArrowDownIcon aria-hidden className="size-3" />}
      <span className="sr-only">{up ? "moved up" : "moved down"}</span>
      {Math.abs(change)}
    </span>
  );
}

/** Chunks in score order with a bar per score, the input position and how far each moved. */
export function RankedList({ rows, label }: { rows: RankedRow[]; label: string }) {
  return (
    <ol className="space-y-1.5" aria-label={label}>
      {rows.map((row) => (
        <li key={row.index} className="rounded-md border px-3 py-2" data-testid="ranked-chunk">
          <div className="flex items-start gap-3">
            <span className="bg-muted mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded text-xs font-semibold tabular-nums">
              {row.rank}
            </span>
            <p className="min-w-0 flex-1 text-sm break-words">{row.text}</p>
          </div>
          <div className="mt-2 flex items-center gap-3 pl-9 text-xs">
            <div
              className="bg-muted h-1.5 flex-1 overflow-hidden rounded-full"
              role="meter"
              aria-label={`Score of chunk ${row.index + 1}`}
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={Number(row.share.toFixed(3))}
              aria-valuetext={row.score.toFixed(4)}
            >
              <div
                className="bg-primary h-full rounded-full"
                style={{ width: `${Math.max(2, row.share * 100)}%` }}
              />
            </div>
            <span className="w-16 text-right font-mono tabular-nums">{row.score.toFixed(4)}</span>
            <span className="text-muted-foreground w-10 font-mono" title="Position in the input">
              #{row.index + 1}
            </span>
            <span className="w-8">
              <Change change={row.change} />
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
