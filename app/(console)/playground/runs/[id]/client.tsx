"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { FlaskConicalIcon, Trash2Icon, TriangleAlertIcon } from "lucide-react";
import { CopyButton } from "@/components/playground/shared/copy-button";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { hrefs } from "@/lib/hrefs";
import type { PlaygroundRun } from "@/lib/playground/run-types";
import { playgroundQueries } from "@/lib/queries/playground";
import { toast } from "@/lib/toast";

const time = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const VECTOR_PREVIEW = 8;
// The panels' registry would bring every panel into this page; its names are all it needs.
const TYPE_LABEL: Record<string, string> = {
  EMBEDDING: "Embedding",
  RERANKING: "Reranking",
  COMPLETION: "Completion",
  CHAT_COMPLETION: "Chat",
  AGENT: "Agent",
};

/** What the output card shows: generations as text, vectors cut to their first numbers, the rest as JSON. */
function outputText(run: PlaygroundRun): { text: string; prose: boolean } | null {
  const output = run.output as Record<string, unknown> | null;
  if (!output) return null;
  if (
    (run.modelType === "COMPLETION" || run.modelType === "CHAT_COMPLETION") &&
    typeof output.text === "string"
  ) {
    return { text: output.text || "(empty)", prose: true };
  }
  if (run.modelType === "EMBEDDING" && Array.isArray(output.embeddings)) {
    const embeddings = (output.embeddings as [string, number[]][]).map(([text, vector]) => [
      text,
      vector.length > VECTOR_PREVIEW
        ? [...vector.slice(0, VECTOR_PREVIEW), `… ${vector.length - VECTOR_PREVIEW} more`]
        : vector,
    ]);
    return { text: JSON.stringify({ ...output, embeddings }, null, 2), prose: false };
  }
  if (run.modelType === "RERANKING" && Array.isArray(output.chunk_scores)) {
    // The chunks by score, as the playground lists them.
    const chunks = Array.isArray(run.input.chunks) ? (run.input.chunks as unknown[]) : [];
    const rows = (output.chunk_scores as number[])
      .map((score, i) => ({ score, i, text: typeof chunks[i] === "string" ? chunks[i] : "" }))
      .sort((a, b) => b.score - a.score)
      .map(({ score, i, text }, rank) => `${rank + 1}. ${score.toFixed(4)}  #${i + 1} ${text}`);
    return { text: rows.join("\n"), prose: false };
  }
  return { text: JSON.stringify(output, null, 2), prose: false };
}

export function RunPageClient({ id }: { id: string }) {
  const { data: run } = useSuspenseQuery(playgroundQueries.run(id));
  const { user, can } = useConsole();
  const router = useRouter();
  const queryClient = useQueryClient();
  // What "Copy link" copies (only ever read on a click, in the browser): the page's full address.
  const path = hrefs.playgroundRun(run.id);
  const permalink = typeof window === "undefined" ? path : new URL(path, window.location.origin).href;
  const remove = useMutation({
    mutationFn: () => fetchJson(apiPaths.playgroundRun(run.id), { method: "DELETE" }),
    onSuccess: async () => {
      toast.success("Run deleted.");
      router.push(hrefs.playground());
      await queryClient.invalidateQueries({ queryKey: playgroundQueries.runLists() });
    },
    onError: (error) => toast.error(error.message),
  });
  const typeLabel = TYPE_LABEL[run.modelType] ?? run.modelType;
  const at = new Date(run.createdAt);
  const output = outputText(run);
  const stopped = !run.ok && run.error?.startsWith("Stopped");
  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs items={[{ label: "Playground", href: hrefs.playground() }, { label: "Run" }]} />
      <PageHeader
        title={`Run on ${run.label}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="secondary">{typeLabel}</Badge>
            <Badge variant={run.ok ? "success" : "destructive"}>
              {run.ok ? "OK" : stopped ? "Stopped" : "Error"}
            </Badge>
            <span>
              <time dateTime={at.toISOString()}>{time.format(at)}</time> by {run.userLabel}
            </span>
          </span>
        }
        actions={
          <>
            <CopyButton text={permalink} label="Copy link" />
            {run.userId === user.id && can("models:execute") && (
              <Button variant="outline" size="sm" onClick={() => remove.mutate()} disabled={remove.isPending}>
                <Trash2Icon aria-hidden />
                Delete
              </Button>
            )}
            <Button size="sm" asChild>
              <Link href={hrefs.playgroundReopen(run)}>
                <FlaskConicalIcon aria-hidden />
                Open in playground
              </Link>
            </Button>
          </>
        }
      />
      {run.error && (
        <Alert variant={stopped ? "warning" : "destructive"}>
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>{stopped ? "The run was stopped" : "The run failed"}</AlertTitle>
          <AlertDescription className="break-words">{run.error}</AlertDescription>
        </Alert>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>Input</CardTitle>
            </CardHeader>
            <CardContent>
              <pre
                aria-label="Run input"
                tabIndex={0}
                className="bg-muted/50 max-h-[32rem] overflow-auto rounded-md p-3 font-mono text-xs whitespace-pre-wrap break-words"
              >
                {JSON.stringify(run.input, null, 2)}
              </pre>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Output</CardTitle>
            </CardHeader>
            <CardContent>
              {output ? (
                <pre
                  aria-label="Run output"
                  tabIndex={0}
                  className={
                    output.prose
                      ? "max-h-[32rem] overflow-auto text-sm whitespace-pre-wrap break-words"
                      : "bg-muted/50 max-h-[32rem] overflow-auto rounded-md p-3 font-mono text-xs whitespace-pre-wrap break-words"
                  }
                >
                  {output.text}
                </pre>
              ) : (
                <p className="text-muted-foreground text-sm">
                  {run.error ? "No output: the run did not finish." : "The output was too large to keep."}
                </p>
              )}
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>Details</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">Deployment</dt>
              <dd className="min-w-0">
                <Link
                  href={hrefs.deployment(run.modelId, run.deploymentId)}
                  className="font-mono text-xs break-all hover:underline"
                >
                  {run.deploymentId}
                </Link>
              </dd>
              <dt className="text-muted-foreground">Model</dt>
              <dd className="min-w-0">
                <Link href={hrefs.model(run.modelId)} className="font-mono text-xs break-all hover:underline">
                  {run.modelId}
                </Link>
              </dd>
              <dt className="text-muted-foreground">User</dt>
              <dd className="min-w-0 break-all">{run.userLabel}</dd>
              <dt className="text-muted-foreground">Time</dt>
              <dd>
                <time dateTime={at.toISOString()}>{time.format(at)}</time>
              </dd>
              <dt className="text-muted-foreground">Latency</dt>
              <dd className="tabular-nums">{run.latencyMs} ms</dd>
              <dt className="text-muted-foreground">Tokens</dt>
              <dd className="tabular-nums">{run.tokens ?? "Not reported"}</dd>
            </dl>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
