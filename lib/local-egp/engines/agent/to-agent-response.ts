import type { GenerationResult, ToolCall } from "../types";

/** EGP's ExecuteAgentResponse: only the key matching `action` is set, the other is null. */
export type AgentResponse = {
  action: "tool_request" | "content";
  context: { content?: string | null; tool_request?: ToolCall | null };
};

export function toAgentResponse(result: GenerationResult): AgentResponse {
  if (result.finishReason === "tool_call" && result.toolCall) {
    const { name, arguments: args } = result.toolCall;
    return { action: "tool_request", context: { content: null, tool_request: { name, arguments: args } } };
  }
  return { action: "content", context: { content: result.text, tool_request: null } };
}
