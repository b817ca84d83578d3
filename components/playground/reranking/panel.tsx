"use client";

import { useCallback, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { ApiError } from "@/lib/api/errors";
import { fieldMessage, requestIssues } from "@/lib/playground/field-issues";
import { postRun } from "@/lib/playground/run-client";
import { draftField } from "@/lib/playground/draft";
import { rankCall, upstreamCall } from "@/lib/playground/upstream";
import type { RankResponse, RerankingRequest, RerankingResponse } from "@/lib/schemas/playground";
import { makeRecord } from "../shared/make-record";
import { RequestIssues } from "../shared/request-issues";
import { RunBar } from "../shared/run-bar";
import { RunError } from "../shared/run-error";
import { TargetColumns } from "../shared/target-columns";
import { targetLabel, type PanelProps, type PlaygroundTarget } from "../shared/types";
import { useDraftReport } from "../shared/use-draft-report";
import { useRequestCheck } from "../shared/use-request-check";
import { useSingleFlight } from "../shared/use-single-flight";
import { useTargetRuns, type TargetRun } from "../shared/use-target-runs";
import { ViewCodeDialog } from "../shared/view-code-dialog";
import { ChunksInput } from "./chunks-input";
import { RerankResult, type RerankOutcome } from "./rerank-result";

export const EXAMPLE_QUERY = "How do I reset my password?";
const EXAMPLE_CHUNKS = [
  "Our office is open Monday to Friday, 9am to 5pm.",
  "To reset your password, open Settings, choose Security and click Reset password.",
  "Bananas are rich in potassium.",
];

const describe = (o: RerankOutcome) => {
  const best = o.rerank.chunk_scores.indexOf(Math.max(...o.rerank.chunk_scores));
  return { summary: `Top: “${(o.chunks[best] ?? "").slice(0, 80)}”`, tokens: o.rerank.tokens_used ?? null };
};

function restoredInput(restored: PanelProps["restored"]) {
  const r = restored?.request;
  const chunks = Array.isArray(r?.chunks)
    ? (r.chunks as unknown[]).filter((c) => typeof c === "string")
    : null;
  return {
    chunks: chunks?.length ? (chunks as string[]) : null,
    topK: typeof r?.top_k === "number" ? r.top_k : undefined,
  };
}

export function RerankingPanel({
  target,
  compare,
  restored,
  draft,
  onDraft,
  onRecord,
  urlText,
  setUrlText,
}: PanelProps) {
  const query =
    urlText ??
    draftField.string(draft, "query") ??
    draftField.string(restored?.request, "query") ??
    EXAMPLE_QUERY;
  const [chunks, setChunks] = useState<string[]>(
    () => draftField.strings(draft, "chunks") ?? restoredInput(restored).chunks ?? EXAMPLE_CHUNKS,
  );
  const [topK, setTopK] = useState<number | undefined>(() =>
    draft ? draftField.number(draft, "top_k") : restoredInput(restored).topK,
  );
  useDraftReport(onDraft, { type: "RERANKING", query, chunks, ...(topK ? { top_k: topK } : {}) });
  const request: RerankingRequest = useMemo(
    () => ({ query, chunks: chunks.filter((c) => c.trim()) }),
    [query, chunks],
  );
  const targets = useMemo(() => (compare ? [target, compare] : [target]), [target, compare]);
  const { issues: local, check } = useRequestCheck(target.model.id);

  const onSettled = useCallback(
    (t: PlaygroundTarget, run: TargetRun<RerankOutcome>) =>
      onRecord(makeRecord("RERANKING", t, { ...request, ...(topK ? { top_k: topK } : {}) }, run, describe)),
    [onRecord, request, topK],
  );
  const { runs, start, running } = useTargetRuns<RerankOutcome>(onSettled, restored);
  const lastError = Object.values(runs).find((r) => r.error)?.error ?? null;
  const issues = requestIssues(local, lastError);

  const flight = useSingleFlight(async () => {
    if (!(await check(request))) return;
    await start(targets, async (t, { signal }) => {
      const body = {
        modelId: t.model.id,
        deploymentId: t.deployment.id,
        label: targetLabel(t),
        modelType: "RERANKING",
        request,
      };
      const [rerank, rank] = await Promise.all([
        postRun<RerankingResponse>("/api/playground/execute", body, signal),
        postRun<RankResponse>(
          "/api/playground/rank",
          { deploymentId: t.deployment.id, ...request, top_k: topK },
          signal,
        ).catch((error: unknown) => (error instanceof ApiError ? error : Promise.reject(error))),
      ]);
      const outcome: RerankOutcome = {
        chunks: request.chunks,
        topK,
        rerank: rerank.data,
        rerankMs: rerank.latencyMs,
        rank: rank instanceof ApiError ? null : rank.data,
        rankMs: rank instanceof ApiError ? null : rank.latencyMs,
        rankError: rank instanceof ApiError ? rank : null,
      };
      return { result: outcome, latencyMs: rerank.latencyMs };
    });
  });

  const queryError = fieldMessage(issues, "query");
  const call = upstreamCall({
    modelId: target.model.id,
    deploymentId: target.deployment.id,
    modelType: "RERANKING",
    request,
  });
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <div className="space-y-1.5">
          <label htmlFor="rerank-query" className="text-sm font-medium">
            Query
          </label>
          <Input
            id="rerank-query"
            value={query}
            onChange={(event) => setUrlText(event.target.value)}
            aria-invalid={queryError ? true : undefined}
            aria-describedby={queryError ? "rerank-query-error" : undefined}
          />
          {queryError && (
            <p id="rerank-query-error" className="text-destructive text-xs">
              {queryError}
            </p>
          )}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="rerank-top-k" className="text-sm font-medium">
            Top k
          </label>
          <Input
            id="rerank-top-k"
            type="number"
            min={1}
            placeholder="All"
            value={topK ?? ""}
            onChange={(event) =>
              setTopK(event.target.value ? Math.max(1, Number(event.target.value)) : undefined)
            }
          />
        </div>
      </div>
      <section className="space-y-2" aria-labelledby="rerank-chunks">
        <h2 id="rerank-chunks" className="text-sm font-medium">
          Chunks
        </h2>
        <ChunksInput
          chunks={chunks}
          onChange={setChunks}
          errorFor={(i) => fieldMessage(issues, "chunks", i)}
        />
      </section>
      <RequestIssues issues={local} />
      <RunBar
        running={running}
        pending={flight.pending}
        onRun={() => void flight.start()}
        runLabel="Rerank"
        disabledReason={
          !request.chunks.length ? "Add at least one chunk." : !request.query.trim() ? "Enter a query." : null
        }
      >
        <ViewCodeDialog call={call} kind="RERANKING" target={target} />
        <ViewCodeDialog
          call={rankCall({ deploymentId: target.deployment.id, ...request, top_k: topK })}
          kind="rank"
          target={target}
          label="Chunks rank code"
        />
      </RunBar>
      {Object.keys(runs).length > 0 && (
        <TargetColumns targets={targets}>
          {(t) => {
            const state = runs[t.deployment.id];
            if (!state) return null;
            if (state.status === "running") return <p className="text-muted-foreground text-sm">Ranking…</p>;
            if (state.error) return <RunError error={state.error} />;
            return state.result && <RerankResult outcome={state.result} wide={targets.length === 1} />;
          }}
        </TargetColumns>
      )}
    </div>
  );
}
