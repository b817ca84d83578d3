/** One problem with a request, at a path inside it (e.g. ["chat_history", 2, "content"]). */
export type RequestIssue = { path: (string | number)[]; message: string };
export type RequestCheck = { ok: true; skipped?: string } | { ok: false; issues: RequestIssue[] };

// The names the playground's forms give the request fields, so a message reads like the form.
const LABELS: Record<string, string> = {
  temperature: "Temperature",
  max_tokens: "Max tokens",
  stop_sequences: "Stop sequences",
  top_p: "Top p",
  top_k: "Top k",
  prompt: "Prompt",
  chat_history: "Conversation",
  texts: "Texts",
  query: "Query",
  chunks: "Chunks",
  tools: "Tools",
  messages: "Messages",
  instructions: "Instructions",
};

export function fieldLabel(path: readonly (string | number)[]): string {
  if (path.length === 0) return "The request";
  const [head, ...rest] = path;
  const label = LABELS[head] ?? String(head);
  return rest.length
    ? `${label} ${rest.map((p) => (typeof p === "number" ? `#${p + 1}` : p)).join(" ")}`
    : label;
}

/** A sentence for a person: messages already written as one (capitalised) stand alone. */
export function describeIssue(issue: RequestIssue): string {
  return /^[A-Z]/.test(issue.message) ? issue.message : `${fieldLabel(issue.path)} ${issue.message}`;
}
