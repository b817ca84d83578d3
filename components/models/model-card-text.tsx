"use client";

import { lazy, Suspense } from "react";

// The Markdown renderer (~40 KB gz) is not part of the page's first load; the text shows meanwhile.
const ModelCardMarkdown = lazy(() => import("./model-card-markdown"));

function Plain({ text }: { text: string }) {
  return (
    <pre className="bg-muted/40 max-h-[32rem] overflow-auto rounded-md border p-4 font-mono text-[13px] leading-relaxed break-words whitespace-pre-wrap">
      {text}
    </pre>
  );
}

/** A model's card, rendered as sanitised Markdown. */
export function ModelCardText({ text }: { text: string | null | undefined }) {
  if (!text?.trim()) return <p className="text-muted-foreground text-sm">No model card yet.</p>;
  return (
    <Suspense fallback={<Plain text={text} />}>
      <ModelCardMarkdown text={text} />
    </Suspense>
  );
}
