"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { FlaskConicalIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Deployment, FineTuningJob, ModelType } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import type { Draft } from "@/lib/playground/draft";
import { DRAFT_URL_LIMIT } from "@/lib/playground/draft-limit";
import { useDraftCodec } from "@/lib/playground/use-draft-codec";
import { deploymentQueries } from "@/lib/queries/deployments";
import { trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { toast } from "@/lib/toast";

const SHOWN = 8;
/** Validation inputs an embedding comparison opens with. */
const EMBED_TEXTS = 8;

const firstReady = (items: readonly Deployment[] | undefined) =>
  items?.find((d) => d.status === "READY") ?? null;

const text = (value: unknown) => (typeof value === "string" && value ? value : null);

/**
 * The distinct queries (reranking) or inputs of a dataset's rows, in order, each with its candidate
 * chunks (reranking rows come back as input = query, output = chunk).
 */
function promptsOf(items: readonly Record<string, unknown>[] | undefined): Map<string, string[]> {
  const prompts = new Map<string, string[]>();
  for (const item of items ?? []) {
    const prompt = text(item.query) ?? text(item.input);
    if (!prompt) continue;
    const chunks = prompts.get(prompt) ?? [];
    const chunk = text(item.chunk) ?? text(item.output);
    if (chunk && !chunks.includes(chunk)) chunks.push(chunk);
    prompts.set(prompt, chunks);
  }
  return prompts;
}

async function copyChunks(chunks: readonly string[]) {
  try {
    await navigator.clipboard.writeText(chunks.map((c) => c.replace(/\s*\n\s*/g, " ")).join("\n"));
    toast.success(`${chunks.length} chunks copied: paste them in the playground's Paste tab`);
  } catch {
    toast.error("The clipboard is not available here.");
  }
}

/** From a finished job: base and tuned side by side in the playground, on the validation rows. */
export function CompareCard({ job, modelType }: { job: FineTuningJob; modelType: ModelType | null }) {
  const tunedId = job.fine_tuned_model_id ?? "";
  const baseDeployments = useQuery({
    ...deploymentQueries.ofModel(job.base_model_id ?? "", { limit: 100 }),
    enabled: Boolean(job.base_model_id),
  });
  const tunedDeployments = useQuery({
    ...deploymentQueries.ofModel(tunedId, { limit: 100 }),
    enabled: Boolean(tunedId),
    refetchInterval: (query) => (firstReady(query.state.data?.items) ? false : 2000),
  });
  const rowsId = job.validation_dataset_id ?? job.training_dataset_id;
  const rows = useQuery(trainingDatasetQueries.contents(rowsId));
  const base = firstReady(baseDeployments.data?.items);
  const tuned = firstReady(tunedDeployments.data?.items);
  const byPrompt = promptsOf(rows.data as Record<string, unknown>[] | undefined);
  const prompts = [...byPrompt.keys()];
  const usesQuery = modelType === "RERANKING";
  const codec = useDraftCodec();
  // The link carries the rows themselves: a query with its candidate chunks, or the validation inputs to embed.
  const inputFor = (q?: string): string | null => {
    if (!codec) return null;
    const draft: Draft | null =
      usesQuery && q
        ? { type: "RERANKING", query: q, chunks: byPrompt.get(q) ?? [] }
        : modelType === "EMBEDDING" && prompts.length > 0
          ? { type: "EMBEDDING", texts: prompts.slice(0, EMBED_TEXTS) }
          : null;
    const encoded = draft ? codec.encode(draft) : null;
    return encoded && encoded.length <= DRAFT_URL_LIMIT ? encoded : null;
  };
  const link = (q?: string) =>
    base && tuned
      ? hrefs.playgroundCompare({
          deployment: base.id,
          model: job.base_model_id,
          compare: tuned.id,
          q: usesQuery ? q : undefined,
          input: inputFor(q),
        })
      : null;
  const main = link(prompts[0]);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 className="text-base font-semibold">Compare base and tuned</h2>
        </CardTitle>
        <CardDescription>
          Both models in the playground&apos;s A/B view, on the{" "}
          {job.validation_dataset_id ? "validation" : "training"} rows.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {baseDeployments.isPending || (tunedId && tunedDeployments.isPending) ? (
          <Skeleton className="h-9 w-64" />
        ) : main ? (
          <Button asChild>
            <Link href={main}>
              <FlaskConicalIcon aria-hidden /> Open base vs tuned in the playground
            </Link>
          </Button>
        ) : (
          <p className="text-muted-foreground text-sm" role="status">
            {!base
              ? "The base model has no READY deployment: deploy it to compare."
              : "The tuned model's deployment is not READY yet; this updates when it is."}
          </p>
        )}
        {main && usesQuery && prompts.length > 0 && (
          <div className="space-y-2">
            <h3 className="text-sm font-medium">Validation queries</h3>
            <p className="text-muted-foreground text-xs">
              Each link opens the query with its candidate chunks from the dataset, ranked by both models.
            </p>
            <ul className="divide-y rounded-md border text-sm">
              {prompts.slice(0, SHOWN).map((prompt) => (
                <li key={prompt} className="flex items-center justify-between gap-3 px-3 py-2">
                  <span className="min-w-0 truncate" title={prompt}>
                    {prompt}
                  </span>
                  <span className="flex shrink-0 items-center gap-3">
                    {(byPrompt.get(prompt)?.length ?? 0) > 0 && (
                      <button
                        type="button"
                        className="text-muted-foreground hover:text-foreground text-xs font-medium underline-offset-4 hover:underline"
                        aria-label={`Copy the ${byPrompt.get(prompt)!.length} chunks of “${prompt}”`}
                        onClick={() => void copyChunks(byPrompt.get(prompt)!)}
                      >
                        Copy chunks
                      </button>
                    )}
                    <Link
                      href={link(prompt)!}
                      className="text-primary text-xs font-medium underline-offset-4 hover:underline"
                      aria-label={`Compare on “${prompt}”`}
                    >
                      Compare
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
            {prompts.length > SHOWN && (
              <p className="text-muted-foreground text-xs">{prompts.length - SHOWN} more in the dataset.</p>
            )}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
