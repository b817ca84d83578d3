/** A model card as written: preformatted, wrapped, never interpreted as HTML. */
export function ModelCardText({ text }: { text: string | null | undefined }) {
  if (!text?.trim()) return <p className="text-muted-foreground text-sm">No model card yet.</p>;
  return (
    <pre className="bg-muted/40 max-h-[32rem] overflow-auto rounded-md border p-4 font-mono text-[13px] leading-relaxed break-words whitespace-pre-wrap">
      {text}
    </pre>
  );
}
