"use client";

import { useRef, useState } from "react";
import { EraserIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { ApiError } from "@/lib/api/errors";
import { EMPTY_COMPLETION, type CompletionState } from "@/lib/playground/completion-stream";
import { fieldMessage, requestIssues } from "@/lib/playground/field-issues";
import { localIssues } from "@/lib/playground/local-issues";
import { describeIssue } from "@/lib/playground/request-issue";
import { streamRun } from "@/lib/playground/run-client";
import { foldZoo, zooCall, type ZooEntry } from "@/lib/playground/zoo";
import {
  zooBodySchema,
  type ZooBody,
  type ZooChatMessage,
  type ZooChatResponse,
  type ZooCompletionResponse,
  type ZooModelParameters,
} from "@/lib/schemas/playground-zoo";
import { MessageRow } from "../chat-completion/message-row";
import { CompletionOutput } from "../completion/completion-output";
import { DEFAULT_GENERATION, GenerationParams, type GenerationValues } from "../shared/generation-params";
import { RunBar } from "../shared/run-bar";
import { RunError } from "../shared/run-error";
import { RunMeta } from "../shared/run-meta";
import type { TargetRun } from "../shared/use-target-runs";
import { useSingleFlight } from "../shared/use-single-flight";
import { ViewCodeDialog } from "../shared/view-code-dialog";
import { AddMessageButton } from "@/components/playground/shared/add-message-button";

const ROLES = ["system", "user", "assistant"] as const;

function modelParameters(values: GenerationValues): ZooModelParameters {
  return {
    temperature: values.temperature,
    ...(values.max_tokens !== undefined ? { max_tokens: values.max_tokens } : {}),
    ...(values.stop_sequences.length ? { stop_sequences: values.stop_sequences } : {}),
  };
}

/** Runs one by-name request, streamed or not; the final state never throws (errors are in it). */
async function runByName(
  body: ZooBody,
  signal: AbortSignal,
  onProgress: (patch: Partial<TargetRun<CompletionState>>) => void,
): Promise<TargetRun<CompletionState>> {
  const started = performance.now();
  let state = EMPTY_COMPLETION;
  let firstFrameMs: number | null = null;
  try {
    const { latencyMs } = await streamRun<ZooCompletionResponse | ZooChatResponse>(
      "/api/playground/by-name",
      body,
      {
        onFrame: (frame) => {
          state = foldZoo(state, body.route, frame);
          onProgress({ result: state });
        },
        onFirstFrame: (ms) => {
          firstFrameMs = ms;
          onProgress({ firstFrameMs: ms });
        },
      },
      signal,
    );
    return { status: "done", result: state, latencyMs, firstFrameMs, error: null };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    if (signal.aborted) return { status: "stopped", result: state, latencyMs, firstFrameMs, error: null };
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError("internal", error instanceof Error ? error.message : "The run failed.");
    return { status: "error", result: state, latencyMs, firstFrameMs, error: apiError };
  }
}

/**
 * A built-in model by name, through `/v4/completions` or `/v4/chat-completions`: a prompt or a
 * conversation, the route's model parameters, streamed or not.
 */
export function ZooPanel({ entry }: { entry: ZooEntry }) {
  const chat = entry.route === "chat-completions";
  const [prompt, setPrompt] = useState("Write one sentence about the sea.");
  const [messages, setMessages] = useState<ZooChatMessage[]>([
    { role: "system", content: "You are a concise assistant." },
  ]);
  const [composer, setComposer] = useState("Hello! What can you do?");
  const [params, setParams] = useState<GenerationValues>(DEFAULT_GENERATION);
  const [run, setRun] = useState<TargetRun<CompletionState> | null>(null);
  const controller = useRef<AbortController | null>(null);

  const conversation: ZooChatMessage[] = composer.trim()
    ? [...messages, { role: "user", content: composer }]
    : messages;
  const body: ZooBody = chat
    ? {
        route: "chat-completions",
        request: {
          model: entry.name,
          messages: conversation,
          model_parameters: modelParameters(params),
          stream: params.stream,
        },
      }
    : {
        route: "completions",
        request: {
          model: entry.name,
          prompt,
          model_parameters: modelParameters(params),
          stream: params.stream,
        },
      };
  const problems = localIssues(zooBodySchema, body).map((i) => ({
    ...i,
    path: i.path[0] === "request" ? i.path.slice(1) : i.path,
  }));
  const issues = requestIssues(problems, run?.error ?? null);
  const paramError = (field: keyof GenerationValues) =>
    field === "stream" ? undefined : fieldMessage(issues, "model_parameters", field);

  const send = async () => {
    if (localIssues(zooBodySchema, body).length) return;
    const ac = new AbortController();
    controller.current = ac;
    setRun({ status: "running", result: null, latencyMs: null, firstFrameMs: null, error: null });
    if (chat && composer.trim()) {
      setMessages(conversation);
      setComposer("");
    }
    const final = await runByName(body, ac.signal, (patch) => setRun((r) => r && { ...r, ...patch }));
    controller.current = null;
    setRun(final);
    const reply = final.result?.text;
    if (chat && final.status === "done" && reply)
      setMessages((m) => [...m, { role: "assistant", content: reply }]);
  };
  const flight = useSingleFlight(send);
  const running = run?.status === "running";
  const update = (index: number, patch: Partial<ZooChatMessage>) =>
    setMessages((current) => current.map((m, i) => (i === index ? { ...m, ...patch } : m)));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0 space-y-4">
        {chat ? (
          <>
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
            </ol>
            <div className="flex flex-wrap gap-2">
              <AddMessageButton onAdd={() => setMessages((c) => [...c, { role: "user", content: "" }])} />
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={running}
                onClick={() => {
                  setMessages((c) => c.filter((m) => m.role === "system"));
                  setRun(null);
                }}
              >
                <EraserIcon aria-hidden />
                Clear
              </Button>
            </div>
            <div className="space-y-1.5">
              <label htmlFor="zoo-composer" className="text-sm font-medium">
                Your message
              </label>
              <Textarea
                id="zoo-composer"
                value={composer}
                rows={3}
                placeholder="Type a message, or leave empty to answer the last user message"
                onChange={(e) => setComposer(e.target.value)}
              />
            </div>
          </>
        ) : (
          <div className="space-y-1.5">
            <label htmlFor="zoo-prompt" className="text-sm font-medium">
              Prompt
            </label>
            <Textarea
              id="zoo-prompt"
              value={prompt}
              rows={6}
              onChange={(e) => setPrompt(e.target.value)}
              aria-invalid={fieldMessage(issues, "prompt") ? true : undefined}
            />
          </div>
        )}
        <RunBar
          running={running}
          pending={flight.pending}
          onRun={() => void flight.start()}
          onStop={() => controller.current?.abort()}
          runLabel={chat ? "Send" : "Run"}
          disabledReason={problems[0] ? describeIssue(problems[0]) : null}
        >
          <ViewCodeDialog
            call={zooCall(body)}
            kind={chat ? "zoo-chat" : "zoo-completion"}
            target={{ modelId: entry.name, deploymentId: "" }}
          />
        </RunBar>
        {/* A chat reply joins the conversation when it ends; while it streams, and for a prompt, it shows here. */}
        {run && (!chat || run.status === "running" || !run.result?.text) && <CompletionOutput run={run} />}
        {run && chat && run.status !== "running" && run.result?.text && (
          <div className="space-y-2" data-testid="zoo-run-summary">
            <RunMeta
              latencyMs={run.latencyMs}
              firstFrameMs={run.firstFrameMs}
              tokens={[
                { label: "Prompt tokens", value: run.result.promptTokens },
                { label: "Completion tokens", value: run.result.responseTokens },
              ]}
              finishReason={run.status === "stopped" ? "stopped by you" : run.result.finishReason}
            />
            {run.error && <RunError error={run.error} />}
          </div>
        )}
      </div>
      <aside className="space-y-4 lg:border-l lg:pl-6" aria-label="Parameters">
        <h2 className="text-sm font-medium">Model parameters</h2>
        <GenerationParams values={params} onChange={setParams} errorFor={paramError} maxTemperature={1} />
      </aside>
    </div>
  );
}
