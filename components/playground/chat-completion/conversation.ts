import type { ChatMessage, ChatRequest } from "@/lib/schemas/playground";

/**
 * The request for the next reply. A typed composer text is the prompt; otherwise the last user
 * message is (so "regenerate" and editing the last turn work); everything before is chat_history.
 */
export function nextTurn(
  messages: ChatMessage[],
  composer: string,
): Pick<ChatRequest, "chat_history" | "prompt"> | null {
  if (composer.trim()) return { chat_history: messages, prompt: composer };
  const last = messages.at(-1);
  if (last?.role !== "user") return null;
  return { chat_history: messages.slice(0, -1), prompt: last.content };
}

/** Drops a trailing assistant reply so the turn before it runs again. */
export function withoutLastReply(messages: ChatMessage[]): ChatMessage[] {
  return messages.at(-1)?.role === "assistant" ? messages.slice(0, -1) : messages;
}

const isChatMessage = (m: unknown): m is ChatMessage =>
  typeof m === "object" &&
  m !== null &&
  ["system", "user", "assistant"].includes((m as ChatMessage).role) &&
  typeof (m as ChatMessage).content === "string";

/** A draft's conversation as it was being edited, or null when it holds none. */
export function draftMessages(value: unknown): ChatMessage[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isChatMessage).map(({ role, content }) => ({ role, content }));
}

export function restoredConversation(request: Record<string, unknown> | undefined): ChatMessage[] | null {
  if (!request || !Array.isArray(request.chat_history) || typeof request.prompt !== "string") return null;
  const history = request.chat_history.filter(
    (m): m is ChatMessage =>
      typeof m === "object" &&
      m !== null &&
      ["system", "user", "assistant"].includes(m.role) &&
      typeof m.content === "string",
  );
  return [...history, { role: "user", content: request.prompt }];
}
