"use client";

import { useState } from "react";
import { SendIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import type { PendingCall } from "@/lib/playground/agent-loop";
import { ToolRequestView } from "./agent-message";

const callLabel = (calls: readonly PendingCall[], i: number) =>
  calls.filter((c) => c.name === calls[i].name).length > 1
    ? `${calls[i].name} (call ${i + 1})`
    : calls[i].name;

/** One answer per tool call of the agent's turn; all go back together, each naming its call. */
export function ToolAnswers({
  calls,
  busy,
  onSend,
}: {
  calls: readonly PendingCall[];
  busy: boolean;
  onSend: (results: string[]) => void;
}) {
  const [answers, setAnswers] = useState<string[]>(() => calls.map(() => ""));
  const missing = calls.filter((_, i) => !answers[i]?.trim()).length;
  const several = calls.length > 1;
  return (
    <section
      className="border-status-info/30 bg-status-info-bg/40 space-y-3 rounded-lg border p-3"
      aria-labelledby="tool-answer-title"
    >
      <h3 id="tool-answer-title" className="text-sm font-medium">
        {several ? `Answer the ${calls.length} tool calls` : "Answer the tool request"}
      </h3>
      {calls.map((call, i) => (
        <div key={call.id ?? i} className="space-y-1.5" data-testid="tool-call">
          <ToolRequestView name={call.name} args={call.arguments} />
          <label htmlFor={`tool-answer-${i}`} className="text-sm">
            Result of {callLabel(calls, i)}
          </label>
          <Textarea
            id={`tool-answer-${i}`}
            value={answers[i] ?? ""}
            rows={2}
            className="font-mono text-xs"
            onChange={(e) => setAnswers((a) => a.map((x, j) => (j === i ? e.target.value : x)))}
          />
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          size="sm"
          disabled={busy || missing > 0}
          aria-busy={busy || undefined}
          aria-describedby={missing > 0 && !busy ? "tool-answer-reason" : undefined}
          onClick={() => onSend(answers)}
        >
          {busy ? <Spinner aria-hidden /> : <SendIcon aria-hidden />}
          {several ? "Send tool results and continue" : "Send tool result and continue"}
        </Button>
        {missing > 0 && !busy && (
          <p id="tool-answer-reason" className="text-muted-foreground text-xs">
            {several && missing < calls.length
              ? `${missing} result${missing === 1 ? "" : "s"} still empty.`
              : "Enter the tool's result to continue."}
          </p>
        )}
      </div>
    </section>
  );
}
