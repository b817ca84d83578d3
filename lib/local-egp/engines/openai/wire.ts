import type { ChatMessage, GenerationParams, ToolDefinition } from "../types";

type OpenAiToolCall = { id: string; type: "function"; function: { name: string; arguments: string } };
export type OpenAiMessage =
  | { role: "system" | "user"; content: string }
  | { role: "assistant"; content: string | null; tool_calls?: OpenAiToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

const MAX_STOP_SEQUENCES = 4;

/**
 * OpenAI pairs each tool result with the id of the call that asked for it. Our messages carry
 * no ids, so ids are made up here: a tool message answers the assistant call just before it;
 * one with no such call gets a call (empty arguments) inserted, as strict servers require.
 */
export function toOpenAiMessages(messages: readonly ChatMessage[]): OpenAiMessage[] {
  const out: OpenAiMessage[] = [];
  let pending: { id: string; name: string } | undefined;
  let nextId = 0;
  const newCall = (name: string, args: string): OpenAiToolCall => ({
    id: `call_${nextId++}`,
    type: "function",
    function: { name, arguments: args },
  });

  for (const message of messages) {
    if (message.role === "tool") {
      let id = pending?.name === message.name ? pending.id : undefined;
      if (id === undefined) {
        const call = newCall(message.name, "{}");
        out.push({ role: "assistant", content: null, tool_calls: [call] });
        id = call.id;
      }
      out.push({ role: "tool", tool_call_id: id, content: message.content });
      pending = undefined;
      continue;
    }
    pending = undefined;
    if (message.role === "assistant" && message.toolCall) {
      const call = newCall(message.toolCall.name, message.toolCall.arguments);
      out.push({ role: "assistant", content: message.content || null, tool_calls: [call] });
      pending = { id: call.id, name: call.function.name };
    } else {
      out.push({ role: message.role, content: message.content });
    }
  }
  return out;
}

export function toOpenAiTools(tools: readonly ToolDefinition[]) {
  return tools.map((tool) => ({
    type: "function" as const,
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  }));
}

/** Only the fields that were set, so servers that reject unknown ones (top_k) see them only when asked. */
export function samplingFields(params: GenerationParams): Record<string, unknown> {
  const stop = (params.stopSequences ?? []).filter((s) => s !== "").slice(0, MAX_STOP_SEQUENCES);
  const fields: Record<string, unknown> = {
    temperature: params.temperature,
    max_tokens: params.maxTokens,
    top_p: params.topP,
    top_k: params.topK,
    stop: stop.length > 0 ? stop : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
