"use client";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { RANGE_LABELS, USAGE_RANGES, type UsageRange } from "@/lib/usage/range";

const ymd = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const fromYmd = (v: string) => (v ? new Date(`${v}T00:00:00Z`) : null);

export type RangeState = { usage: UsageRange; usage_from: Date | null; usage_to: Date | null };

/** 24 h / 7 d / 30 d / custom days; the choice lives in the URL (lib/usage/search-params.ts). */
export function RangePicker({
  state,
  onChange,
}: {
  state: RangeState;
  onChange: (next: Partial<RangeState>) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label="Usage range" className="bg-muted inline-flex rounded-md p-0.5">
        {USAGE_RANGES.map((range) => (
          <Button
            key={range}
            type="button"
            size="sm"
            variant={state.usage === range ? "outline" : "ghost"}
            aria-pressed={state.usage === range}
            className="h-7 px-2.5 text-xs"
            onClick={() => onChange({ usage: range })}
          >
            {RANGE_LABELS[range]}
          </Button>
        ))}
      </div>
      {state.usage === "custom" && (
        <div className="flex items-center gap-1.5">
          <Input
            type="date"
            aria-label="From"
            className="h-8 w-auto"
            value={ymd(state.usage_from)}
            max={ymd(state.usage_to) || undefined}
            onChange={(e) => onChange({ usage_from: fromYmd(e.target.value) })}
          />
          <span className="text-muted-foreground text-xs">to</span>
          <Input
            type="date"
            aria-label="To"
            className="h-8 w-auto"
            value={ymd(state.usage_to)}
            min={ymd(state.usage_from) || undefined}
            onChange={(e) => onChange({ usage_to: fromYmd(e.target.value) })}
          />
        </div>
      )}
    </div>
  );
}
