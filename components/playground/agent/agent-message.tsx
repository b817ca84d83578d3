"use client";

import { WrenchIcon, XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { callsOf } from "@/lib/playground/agent-loop";
import type { AgentMessage } from "@/lib/schemas/playground";
import { MessageRow } from "../chat-completion/message-row";

const EDITABLE = ["user", "system"] as const;

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
  onChange,
  onRemove,
}: {
  message: AgentMessage;
  index: number;
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
        <Badge variant={message.role === "tool" ? "info" : "secondary"} className="capitalize">
          {message.role === "tool" ? <WrenchIcon aria-hidden /> : null}
          {message.role === "tool" ? `tool · ${message.name}` : "agent"}
        </Badge>
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
