"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { EraserIcon, RefreshCwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { CompletionState } from "@/lib/playground/completion-stream";
import { fieldMessage, requestIssues } from "@/lib/playground/field-issues";
import { localIssues } from "@/lib/playground/local-issues";
import { describeIssue } from "@/lib/playground/request-issue";
import { draftField } from "@/lib/playground/draft";
import { upstreamCall } from "@/lib/playground/upstream";
import { chatRequestSchema, type ChatMessage, type ChatRequest } from "@/lib/schemas/playground";
import { CompletionOutput } from "../completion/completion-output";
import {
  GenerationParams,
  generationFields,
  restoredGeneration,
  type GenerationValues,
} from "../shared/generation-params";
import { makeRecord } from "../shared/make-record";
import { RequestIssues } from "../shared/request-issues";
import { RunBar } from "../shared/run-bar";
import { RunError } from "../shared/run-error";
import { RunMeta } from "../shared/run-meta";
import { describeGeneration, runGeneration } from "../shared/run-generation";
import { TargetColumns } from "../shared/target-columns";
import { targetLabel, type PanelProps, type PlaygroundTarget } from "../shared/types";
import { useDraftReport } from "../shared/use-draft-report";
import { useRequestCheck } from "../shared/use-request-check";
import { useSingleFlight } from "../shared/use-single-flight";
import { useTargetRuns, type TargetRun } from "../shared/use-target-runs";
import { ViewCodeDialog } from "../shared/view-code-dialog";
import { draftMessages, nextTurn, restoredConversation, withoutLastReply } from "./conversation";
import { MessageRow } from "./message-row";
import { AddMessageButton } from "@/components/playground/shared/add-message-button";

const ROLES = ["system", "user", "assistant"] as const;
const START: ChatMessage[] = [{ role: "system", content: "You are a concise assistant." }];

export function ChatPanel({ target, compare, restored, draft, onDraft, onRecord }: PanelProps) {
  const [messages, setMessages] = useState<ChatMessage[]>(() => {
    if (draft) return draftMessages(draft.messages) ?? START;
    const conversation = restoredConversation(restored?.request);
    const reply = (restored?.response as CompletionState | undefined)?.text;
    if (!conversation) return START;
    return reply ? [...conversation, { role: "assistant", content: reply }] : conversation;
  });
  const [composer, setComposer] = useState(
    () => draftField.string(draft, "prompt") ?? "Hello! What can you do?",
  );
  const [params, setParams] = useState<GenerationValues>(() =>
    restoredGeneration(draft ?? restored?.request),
  );
  useDraftReport(onDraft, {
    type: "CHAT_COMPLETION",
    messages,
    prompt: composer,
    ...generationFields(params),
  });
  const targets = useMemo(() => (compare ? [target, compare] : [target]), [target, compare]);
  const { issues: local, check } = useRequestCheck(target.model.id);
  const sent = useRef<ChatRequest | null>(null);

  const turn = nextTurn(messages, composer);
  const request: ChatRequest | null = turn && { ...turn, ...generationFields(params) };

  const onSettled = useCallback(
    (t: PlaygroundTarget, run: TargetRun<CompletionState>) => {
      if (sent.current) onRecord(makeRecord("CHAT_COMPLETION", t, sent.current, run, describeGeneration));
      // The first target's reply joins the conversation; a compared reply stays beside it.
      if (t.deployment.id === target.deployment.id && run.result?.text && run.status !== "error") {
        setMessages((current) => [...current, { role: "assistant", content: run.result!.text }]);
      }
    },
    [onRecord, target.deployment.id],
  );
  const { runs, setRuns, start, stop, running } = useTargetRuns<CompletionState>(onSettled, restored);
  const lastError = Object.values(runs).find((r) => r.error)?.error ?? null;
  const problems = request ? localIssues(chatRequestSchema, request) : [];
  const issues = requestIssues([...problems, ...local], lastError);
  const disabledReason = !request
    ? "Type a message, or end the conversation with a user message."
    : problems[0]
      ? describeIssue(problems[0])
      : null;

  const sendNow = async (req: ChatRequest | null, usedComposer: boolean) => {
    if (!req || localIssues(chatRequestSchema, req).length > 0 || !(await check(req))) return;
    sent.current = req;
    setMessages([...req.chat_history, { role: "user", content: req.prompt }]);
    if (usedComposer) setComposer("");
    await start(targets, (t, ctx) =>
      runGeneration(
        {
          modelId: t.model.id,
          deploymentId: t.deployment.id,
          label: targetLabel(t),
          modelType: "CHAT_COMPLETION",
          request: req,
        },
        ctx,
      ),
    );
  };
  const pendingSend = useRef<[ChatRequest | null, boolean]>([null, false]);
  const flight = useSingleFlight(() => sendNow(...pendingSend.current));
  const send = (req: ChatRequest | null, usedComposer: boolean) => {
    pendingSend.current = [req, usedComposer];
    return flight.start();
  };
  const regenerate = () => {
    const t = nextTurn(withoutLastReply(messages), "");
    void send(t && { ...t, ...generationFields(params) }, false);
  };
  const update = (index: number, patch: Partial<ChatMessage>) =>
    setMessages((current) => current.map((m, i) => (i === index ? { ...m, ...patch } : m)));

  const primary = runs[target.deployment.id];
  const call =
    request &&
    upstreamCall({
      modelId: target.model.id,
      deploymentId: target.deployment.id,
      modelType: "CHAT_COMPLETION",
      request,
    });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0 space-y-4">
        <ol className="space-y-2" aria-label="Conversation">
          {messages.map((m, i) => (
            <MessageRow
              key={i}
              index={i}
              role={m.role}
              roles={ROLES}
              content={m.content}
              onRole={(role) => update(i, { role })}
              onContent={(content) => update(i, { content })}
              onRemove={() => setMessages((current) => current.filter((_, j) => j !== i))}
            />
          ))}
          {!compare && primary?.status === "running" && (
            <li
              className="bg-muted/40 rounded-lg border p-3"
              data-role="assistant"
              aria-label="Reply in progress"
            >
              <CompletionOutput run={primary} />
            </li>
          )}
        </ol>
        <div className="flex flex-wrap gap-2">
          <AddMessageButton onAdd={() => setMessages((c) => [...c, { role: "user", content: "" }])} />
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={regenerate}
            disabled={running || flight.pending || !nextTurn(withoutLastReply(messages), "")}
          >
            <RefreshCwIcon aria-hidden />
            Regenerate
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            disabled={running}
            onClick={() => {
              setMessages((c) => c.filter((m) => m.role === "system"));
              setRuns({});
            }}
          >
            <EraserIcon aria-hidden />
            Clear
          </Button>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="chat-composer" className="text-sm font-medium">
            Your message
          </label>
          <Textarea
            id="chat-composer"
            value={composer}
            rows={3}
            placeholder="Type a message, or leave empty to answer the last user message"
            onChange={(e) => setComposer(e.target.value)}
            aria-invalid={fieldMessage(issues, "prompt") ? true : undefined}
            aria-describedby={fieldMessage(issues, "prompt") ? "chat-composer-error" : undefined}
          />
          {fieldMessage(issues, "prompt") && (
            <p id="chat-composer-error" className="text-destructive text-xs" role="alert">
              {fieldMessage(issues, "prompt")}
            </p>
          )}
        </div>
        <RequestIssues issues={local} />
        <RunBar
          running={running}
          pending={flight.pending}
          onRun={() => void send(request, composer.trim() !== "")}
          onStop={stop}
          runLabel="Send"
          disabledReason={disabledReason}
        >
          <ViewCodeDialog call={call} kind="CHAT_COMPLETION" target={target} />
        </RunBar>
        {compare && Object.keys(runs).length > 0 && (
          <TargetColumns targets={targets}>
            {(t) => runs[t.deployment.id] && <CompletionOutput run={runs[t.deployment.id]} />}
          </TargetColumns>
        )}
        {!compare && primary && primary.status !== "running" && (
          <div className="space-y-2" data-testid="chat-run-summary">
            <RunMeta
              latencyMs={primary.latencyMs}
              firstFrameMs={primary.firstFrameMs}
              tokens={[
                { label: "Prompt tokens", value: primary.result?.promptTokens ?? null },
                { label: "Completion tokens", value: primary.result?.responseTokens ?? null },
              ]}
              finishReason={primary.status === "stopped" ? "stopped by you" : primary.result?.finishReason}
            />
            {primary.error && <RunError error={primary.error} />}
          </div>
        )}
      </div>
      <aside className="space-y-4 lg:border-l lg:pl-6" aria-label="Parameters">
        <h2 className="text-sm font-medium">Parameters</h2>
        <GenerationParams
          values={params}
          onChange={setParams}
          errorFor={(field) => fieldMessage(issues, field)}
        />
      </aside>
    </div>
  );
}
