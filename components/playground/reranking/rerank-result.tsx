import type { ApiError } from "@/lib/api/errors";
import { rankChunks, rankedFromChunks } from "@/lib/playground/ranking";
import type { RankResponse, RerankingResponse } from "@/lib/schemas/playground";
import { cn } from "@/lib/utils";
import { RunError } from "../shared/run-error";
import { RunMeta } from "../shared/run-meta";
import { RankedList } from "./ranked-list";

/** One target's answer from both routes: the typed rerankings and /v4/chunks/rank with the model strategy. */
export type RerankOutcome = {
  chunks: string[];
  topK: number | undefined;
  rerank: RerankingResponse;
  rerankMs: number;
  rank: RankResponse | null;
  rankMs: number | null;
  rankError: ApiError | null;
};

export function RerankResult({ outcome, wide }: { outcome: RerankOutcome; wide: boolean }) {
  const reranked = rankChunks(outcome.chunks, outcome.rerank.chunk_scores, outcome.topK);
  return (
    <div className={cn("grid gap-5", wide && "xl:grid-cols-2")}>
      <section className="min-w-0 space-y-2">
        <Heading title="Rerankings" route="POST /v4/models/{deployment}/rerankings" />
        <RunMeta
          latencyMs={outcome.rerankMs}
          tokens={[{ label: "Tokens", value: outcome.rerank.tokens_used ?? null }]}
        />
        <RankedList rows={reranked} label="Chunks ordered by reranking score" />
      </section>
      <section className="min-w-0 space-y-2">
        <Heading title="Chunks rank" route="POST /v4/chunks/rank · method model" />
        {outcome.rankError && <RunError error={outcome.rankError} />}
        {!outcome.rank && !outcome.rankError && (
          <p className="text-muted-foreground text-sm">
            Not kept with the saved run; rerank again to see it.
          </p>
        )}
        {outcome.rank && (
          <>
            <RunMeta latencyMs={outcome.rankMs} />
            <RankedList
              rows={rankedFromChunks(outcome.chunks, outcome.rank.relevant_chunks)}
              label="Chunks ordered by chunks rank"
            />
          </>
        )}
      </section>
    </div>
  );
}

function Heading({ title, route }: { title: string; route: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3">
      <h3 className="text-sm font-medium">{title}</h3>
      <code className="text-muted-foreground font-mono text-[11px]">{route}</code>
    </div>
  );
}
