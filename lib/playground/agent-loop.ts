import type { AgentMessage, AgentResponse, ToolRequest } from "../schemas/playground";

/** A call the user still has to answer; `id` is set when the server gave one. */
export type PendingCall = ToolRequest & { id?: string };

/**
 * The agent turn to keep in the conversation, exactly as the response gave it: the spec's
 * `tool_request` and, when present, every call with its id in `tool_calls`.
 */
export function agentTurn(response: AgentResponse): AgentMessage {
  const { tool_request, tool_calls, content } = response.context;
  if (response.action === "tool_request" && (tool_calls?.length || tool_request)) {
    return {
      role: "agent",
      ...(tool_request ? { tool_request } : {}),
      ...(tool_calls?.length ? { tool_calls } : {}),
    };
  }
  return { role: "agent", content: content ?? "" };
}

export function callsOf(message: AgentMessage): PendingCall[] {
  if (message.role !== "agent") return [];
  if (message.tool_calls?.length) return message.tool_calls;
  return message.tool_request ? [message.tool_request] : [];
}

/**
 * Pairs tool messages with the calls they answer: by `tool_call_id`, else the first unanswered call
 * of that name in the agent turn before. A user or system message closes the turn.
 */
function walk(messages: readonly AgentMessage[]) {
  let open: PendingCall[] = [];
  const answers = messages.map((m): PendingCall | null => {
    if (m.role === "agent") {
      open = [...callsOf(m)];
      return null;
    }
    if (m.role !== "tool") {
      open = [];
      return null;
    }
    let i = m.tool_call_id ? open.findIndex((c) => c.id === m.tool_call_id) : -1;
    if (i < 0) i = open.findIndex((c) => c.name === m.name);
    return i >= 0 ? open.splice(i, 1)[0] : null;
  });
  return { open, answers };
}

/** The calls of the last agent turn that no later tool message answers. */
export const pendingCalls = (messages: readonly AgentMessage[]): PendingCall[] => walk(messages).open;

/** For each message, the call it answers (tool messages only; null when none matches). */
export const answeredCalls = (messages: readonly AgentMessage[]): (PendingCall | null)[] =>
  walk(messages).answers;

/** The conversation to send next: one tool message per pending call, in the calls' order. */
export function withToolResults(
  messages: readonly AgentMessage[],
  results: readonly string[],
): AgentMessage[] {
  const calls = pendingCalls(messages);
  if (results.length !== calls.length) throw new Error("one result per pending tool call");
  return [
    ...messages,
    ...calls.map((call, i): AgentMessage => ({
      role: "tool",
      name: call.name,
      content: results[i],
      ...(call.id ? { tool_call_id: call.id } : {}),
    })),
  ];
}
