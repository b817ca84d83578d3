"use client";

import { WrenchIcon, XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { callsOf, type PendingCall } from "@/lib/playground/agent-loop";
import type { AgentMessage } from "@/lib/schemas/playground";
import { MessageRow } from "../chat-completion/message-row";

const EDITABLE = ["user", "system"] as const;

/** `city: "Paris", unit: "c"`: enough to tell two calls of one tool apart. */
function compactArguments(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return text;
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(", ");
}

function prettyArguments(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A message of the agent conversation: user and system text are editable; agent actions and tool results are shown. */
export function AgentMessageItem({
  message,
  index,
  answers,
  onChange,
  onRemove,
}: {
  message: AgentMessage;
  index: number;
  /** Tool messages: the call this result answers, when one matches. */
  answers?: PendingCall | null;
  onChange: (message: AgentMessage) => void;
  onRemove: () => void;
}) {
  if (message.role === "user" || message.role === "system") {
    return (
      <MessageRow
        index={index}
        role={message.role}
        roles={EDITABLE}
        content={message.content}
        onRole={(role) => onChange({ ...message, role })}
        onContent={(content) => onChange({ ...message, content })}
        onRemove={onRemove}
      />
    );
  }
  return (
    <li className="bg-muted/40 rounded-lg border p-3 text-sm" data-role={message.role}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <Badge variant={message.role === "tool" ? "info" : "secondary"}>
            {message.role === "tool" ? <WrenchIcon aria-hidden /> : null}
            {message.role === "tool" ? (
              <>
                Tool · <span className="font-mono">{message.name}</span>
              </>
            ) : (
              "Agent"
            )}
          </Badge>
          {message.role === "tool" && answers && compactArguments(answers.arguments) && (
            <span className="text-muted-foreground truncate font-mono text-xs" title={answers.id}>
              for {compactArguments(answers.arguments)}
            </span>
          )}
        </div>
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          aria-label={`Remove message ${index + 1}`}
          onClick={onRemove}
        >
          <XIcon aria-hidden />
        </Button>
      </div>
      {callsOf(message).length > 0 ? (
        <div className="space-y-2">
          {callsOf(message).map((call, i) => (
            <ToolRequestView key={call.id ?? i} name={call.name} args={call.arguments} />
          ))}
        </div>
      ) : (
        <p className="break-words whitespace-pre-wrap">{message.content}</p>
      )}
    </li>
  );
}

export function ToolRequestView({ name, args }: { name: string; args: string }) {
  return (
    <div className="space-y-1">
      <p className="text-xs">
        Calls <code className="bg-background rounded border px-1 font-mono">{name}</code> with
      </p>
      <pre className="bg-background overflow-x-auto rounded-md border p-2 font-mono text-xs">
        {prettyArguments(args)}
      </pre>
    </div>
  );
}
