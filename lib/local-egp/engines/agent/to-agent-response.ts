import type { GenerationResult, ToolCall } from "../types";

/** One call of the agent's turn, with the id its result must name in `tool_call_id`. */
export type AgentToolCall = { id: string; name: string; arguments: string };

/**
 * EGP's ExecuteAgentResponse: only the key matching `action` is set, the other is null.
 * `tool_request` is the spec's single call (the first); `tool_calls` (an extension the spec's open
 * ActionContext allows) lists every call of the turn with its id, so results can be paired back.
 */
export type AgentResponse = {
  action: "tool_request" | "content";
  context: {
    content: string | null;
    tool_request: Omit<ToolCall, "id"> | null;
    tool_calls?: AgentToolCall[];
  };
};

export function toAgentResponse(
  result: GenerationResult,
  makeId: () => string = () => `call_${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`,
): AgentResponse {
  const calls = result.toolCalls ?? [];
  if (result.finishReason === "tool_call" && calls.length > 0) {
    const tool_calls = calls.map((c) => ({ id: c.id || makeId(), name: c.name, arguments: c.arguments }));
    const { name, arguments: args } = tool_calls[0];
    return {
      action: "tool_request",
      context: { content: null, tool_request: { name, arguments: args }, tool_calls },
    };
  }
  return { action: "content", context: { content: result.text, tool_request: null } };
}
