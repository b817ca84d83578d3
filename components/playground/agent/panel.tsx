"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import { agentTurn, answeredCalls, pendingCalls, withToolResults } from "@/lib/playground/agent-loop";
import { draftField } from "@/lib/playground/draft";
import { postRun } from "@/lib/playground/run-client";
import { EXAMPLE_TOOLS, parseTools } from "@/lib/playground/tools";
import { upstreamCall } from "@/lib/playground/upstream";
import {
  agentMessageSchema,
  type AgentMessage,
  type AgentRequest,
  type AgentResponse,
} from "@/lib/schemas/playground";
import { makeRecord } from "../shared/make-record";
import { RequestIssues } from "../shared/request-issues";
import { RunBar } from "../shared/run-bar";
import { RunError } from "../shared/run-error";
import { RunMeta } from "../shared/run-meta";
import { TargetColumns } from "../shared/target-columns";
import { targetLabel, type PanelProps, type PlaygroundTarget } from "../shared/types";
import { useDraftReport } from "../shared/use-draft-report";
import { useRequestCheck } from "../shared/use-request-check";
import { useSingleFlight } from "../shared/use-single-flight";
import { useTargetRuns, type TargetRun } from "../shared/use-target-runs";
import { ViewCodeDialog } from "../shared/view-code-dialog";
import { AgentMessageItem } from "./agent-message";
import { ToolAnswers } from "./tool-answers";
import { ToolsEditor } from "./tools-editor";
import { AddMessageButton } from "@/components/playground/shared/add-message-button";

const describe = (r: AgentResponse) => ({
  summary:
    r.action === "tool_request"
      ? `Tool request: ${(r.context.tool_calls ?? [r.context.tool_request]).map((c) => c?.name).join(", ")}`
      : (r.context.content ?? "").slice(0, 120),
  tokens: null,
});

/** A draft's messages when every one is a valid agent message; otherwise none. */
function draftAgentMessages(value: unknown): AgentMessage[] | undefined {
  const parsed = agentMessageSchema.array().safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function AgentPanel({ target, compare, restored, draft, onDraft, onRecord }: PanelProps) {
  const r = restored?.request as Partial<AgentRequest> | undefined;
  const [instructions, setInstructions] = useState(
    () =>
      draftField.string(draft, "instructions") ??
      r?.instructions ??
      "You are a helpful agent. Use the tools when they help.",
  );
  // The tools as typed (a draft keeps half-written JSON too).
  const [toolsText, setToolsText] = useState(
    () => draftField.string(draft, "tools") ?? JSON.stringify(r?.tools ?? EXAMPLE_TOOLS, null, 2),
  );
  const [messages, setMessages] = useState<AgentMessage[]>(
    () =>
      draftAgentMessages(draft?.messages) ??
      r?.messages ?? [{ role: "user", content: "What is the weather in Paris?" }],
  );
  useDraftReport(onDraft, { type: "AGENT", instructions, tools: toolsText, messages });
  const parsed = useMemo(() => parseTools(toolsText), [toolsText]);
  const targets = useMemo(() => (compare ? [target, compare] : [target]), [target, compare]);
  const { issues: local, check } = useRequestCheck(target.model.id);
  const sent = useRef<AgentRequest | null>(null);

  const onSettled = useCallback(
    (t: PlaygroundTarget, run: TargetRun<AgentResponse>) => {
      if (sent.current) onRecord(makeRecord("AGENT", t, sent.current, run, describe));
      if (t.deployment.id === target.deployment.id && run.status === "done" && run.result) {
        setMessages((current) => [...current, agentTurn(run.result!)]);
      }
    },
    [onRecord, target.deployment.id],
  );
  const { runs, start, running } = useTargetRuns<AgentResponse>(onSettled, restored);

  const requestWith = (list: AgentMessage[]): AgentRequest | null =>
    parsed.ok ? { instructions, tools: parsed.tools, messages: list } : null;
  const request = requestWith(messages);

  const next = useRef<AgentMessage[]>(messages);
  const runNow = async () => {
    const list = next.current;
    const req = requestWith(list);
    if (!req || !(await check(req))) return;
    sent.current = req;
    setMessages(list);
    await start(targets, (t, { signal }) =>
      postRun<AgentResponse>(
        "/api/playground/execute",
        {
          modelId: t.model.id,
          deploymentId: t.deployment.id,
          label: targetLabel(t),
          modelType: "AGENT",
          request: req,
        },
        signal,
      ).then(({ data, latencyMs }) => ({ result: data, latencyMs })),
    );
  };
  const flight = useSingleFlight(runNow);
  const run = (list: AgentMessage[]) => {
    next.current = list;
    return flight.start();
  };

  const pending = pendingCalls(messages);
  const answered = answeredCalls(messages);
  const busy = running || flight.pending;
  const disabledReason = !parsed.ok
    ? "Fix the tools JSON first."
    : messages.length === 0
      ? "Add a message."
      : pending.length > 0
        ? "Answer the tool calls above first."
        : null;
  const call =
    request &&
    upstreamCall({
      modelId: target.model.id,
      deploymentId: target.deployment.id,
      modelType: "AGENT",
      request,
    });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        <ol className="space-y-2" aria-label="Agent conversation">
          {messages.map((m, i) => (
            <AgentMessageItem
              key={i}
              index={i}
              message={m}
              answers={answered[i]}
              onChange={(next) => setMessages((c) => c.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setMessages((c) => c.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        <AddMessageButton onAdd={() => setMessages((c) => [...c, { role: "user", content: "" }])} />
        {pending.length > 0 && (
          <ToolAnswers
            key={`${messages.length}:${pending.map((c) => c.id ?? c.name).join(",")}`}
            calls={pending}
            busy={busy}
            onSend={(results) => void run(withToolResults(messages, results))}
          />
        )}
        <RequestIssues issues={local} />
        <RunBar
          running={running}
          pending={flight.pending}
          onRun={() => void run(messages)}
          runLabel="Run agent"
          disabledReason={disabledReason}
        >
          <ViewCodeDialog call={call} kind="AGENT" target={target} />
        </RunBar>
        {Object.keys(runs).length > 0 && (
          <TargetColumns targets={targets}>
            {(t) => {
              const state = runs[t.deployment.id];
              if (!state) return null;
              if (state.status === "running")
                return <p className="text-muted-foreground text-sm">Thinking…</p>;
              return (
                <>
                  <RunMeta latencyMs={state.latencyMs} />
                  {state.error && <RunError error={state.error} />}
                  {state.result && (
                    <p className="text-sm" data-testid="agent-action">
                      Action: <code className="font-mono">{state.result.action}</code>
                      {compare && state.result.context.content ? ` — ${state.result.context.content}` : ""}
                    </p>
                  )}
                </>
              );
            }}
          </TargetColumns>
        )}
      </div>
      <aside className="space-y-4 lg:border-l lg:pl-6" aria-label="Agent setup">
        <div className="space-y-1.5">
          <label htmlFor="agent-instructions" className="text-sm font-medium">
            Instructions
          </label>
          <Textarea
            id="agent-instructions"
            value={instructions}
            rows={4}
            onChange={(e) => setInstructions(e.target.value)}
          />
        </div>
        <ToolsEditor text={toolsText} onChange={setToolsText} parsed={parsed} />
      </aside>
    </div>
  );
}
