"use client";

import { XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";

/** One editable message: its role, its text and a remove button. */
export function MessageRow<R extends string>({
  index,
  role,
  roles,
  content,
  onRole,
  onContent,
  onRemove,
  extra,
}: {
  index: number;
  role: R;
  roles: readonly R[];
  content: string;
  onRole: (role: R) => void;
  onContent: (content: string) => void;
  onRemove: () => void;
  extra?: React.ReactNode;
}) {
  const id = `message-${index}`;
  return (
    <li
      className={cn(
        "group rounded-lg border p-3",
        role === "assistant" || role === "agent"
          ? "bg-muted/40"
          : role === "system"
            ? "border-dashed"
            : "bg-card",
      )}
      data-role={role}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <Select value={role} onValueChange={(value) => onRole(value as R)}>
          <SelectTrigger
            size="sm"
            className="h-7 w-32 text-xs capitalize"
            aria-label={`Role of message ${index + 1}`}
          >
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {roles.map((r) => (
              <SelectItem key={r} value={r} className="capitalize">
                {r}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
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
      {extra}
      <label htmlFor={id} className="sr-only">
        Message {index + 1} ({role})
      </label>
      <Textarea
        id={id}
        value={content}
        rows={1}
        onChange={(e) => onContent(e.target.value)}
        className="min-h-9 border-transparent bg-transparent px-1 shadow-none focus-visible:border-ring"
      />
    </li>
  );
}
