import { ClockIcon, CoinsIcon, FlagIcon, ZapIcon } from "lucide-react";

/** Latency, tokens and finish reason of a run, as small labelled chips. */
export function RunMeta({
  latencyMs,
  firstFrameMs,
  tokens,
  finishReason,
}: {
  latencyMs: number | null;
  firstFrameMs?: number | null;
  tokens?: { label: string; value: number | null }[];
  finishReason?: string | null;
}) {
  return (
    <dl
      className="text-muted-foreground flex flex-wrap items-center gap-x-4 gap-y-1 text-xs"
      data-testid="run-meta"
    >
      {latencyMs !== null && (
        <Item icon={<ClockIcon />} label="Latency" value={`${latencyMs.toLocaleString()} ms`} />
      )}
      {firstFrameMs != null && (
        <Item icon={<ZapIcon />} label="First token" value={`${firstFrameMs.toLocaleString()} ms`} />
      )}
      {tokens?.map((t) =>
        t.value === null ? null : (
          <Item key={t.label} icon={<CoinsIcon />} label={t.label} value={t.value.toLocaleString()} />
        ),
      )}
      {finishReason && <Item icon={<FlagIcon />} label="Finish reason" value={finishReason} />}
    </dl>
  );
}

function Item({ icon, label, value }: { icon: React.ReactNode; label: string; value: string }) {
  return (
    <div className="flex items-center gap-1.5 [&_svg]:size-3.5">
      {icon}
      <dt>{label}</dt>
      <dd className="text-foreground font-medium tabular-nums">{value}</dd>
    </div>
  );
}
