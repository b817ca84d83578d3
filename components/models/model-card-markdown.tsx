"use client";

import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// react-markdown renders no raw HTML (it is shown as text) and drops javascript: and other unsafe URLs.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
  img: ({ node: _node, alt }) => (
    <span className="text-muted-foreground">[image: {alt || "no description"}]</span>
  ),
};

/** The model card as Markdown (GitHub's flavour: tables, task lists, strikethrough). */
export default function ModelCardMarkdown({ text }: { text: string }) {
  return (
    <div className="model-card max-h-[32rem] overflow-auto rounded-md border p-4 text-sm leading-relaxed">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
