"use client";

import { useMemo } from "react";
import { DownloadIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { EmbeddingResponse } from "@/lib/schemas/playground";
import { norm, similarityMatrix } from "@/lib/playground/vectors";
import { CopyButton } from "../shared/copy-button";
import { SimilarityHeatmap } from "./similarity-heatmap";

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

/** Dimensions, norms, the vectors (copy/download) and the similarity heatmap of one embedding run. */
export function EmbeddingResult({ response, name }: { response: EmbeddingResponse; name: string }) {
  const texts = response.embeddings.map(([text]) => text);
  const vectors = response.embeddings.map(([, vector]) => vector);
  const matrix = useMemo(() => similarityMatrix(vectors), [vectors]);
  const json = useMemo(() => JSON.stringify(response.embeddings, null, 2), [response]);
  const dimensions = vectors[0]?.length ?? 0;
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-3 gap-3 text-sm">
        <Stat label="Dimensions" value={dimensions} testId="embedding-dimensions" />
        <Stat label="Vectors" value={vectors.length} />
        <Stat label="Tokens" value={response.tokens_used ?? 0} />
      </dl>
      {vectors.length > 1 && (
        <section className="space-y-2">
          <h3 className="text-sm font-medium">Cosine similarity</h3>
          <SimilarityHeatmap texts={texts} matrix={matrix} />
        </section>
      )}
      <section className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-medium">Vectors</h3>
          <div className="flex gap-2">
            <CopyButton text={json} label="Copy JSON" size="xs" />
            <Button
              type="button"
              variant="outline"
              size="xs"
              onClick={() => download(`${name}-embeddings.json`, json)}
            >
              <DownloadIcon aria-hidden />
              Download JSON
            </Button>
          </div>
        </div>
        <ul className="divide-y rounded-md border">
          {response.embeddings.map(([text, vector], i) => (
            <li key={i} className="grid gap-1 px-3 py-2 text-xs sm:grid-cols-[1fr_auto]">
              <span className="truncate" title={text}>
                <span className="text-muted-foreground font-mono">#{i + 1}</span> {text}
              </span>
              <span className="text-muted-foreground font-mono tabular-nums">
                ‖v‖ = {norm(vector).toFixed(4)}
              </span>
              <code className="text-muted-foreground col-span-full truncate font-mono">
                [
                {vector
                  .slice(0, 8)
                  .map((v) => v.toFixed(4))
                  .join(", ")}
                {vector.length > 8 ? `, … ${vector.length - 8} more` : ""}]
              </code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="bg-muted/40 rounded-md border px-3 py-2">
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {value.toLocaleString()}
      </dd>
    </div>
  );
}
