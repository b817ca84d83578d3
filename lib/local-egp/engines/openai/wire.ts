import type { ChatMessage, GenerationParams, ToolCall, ToolDefinition } from "../types";

type OpenAiToolCall = { id: string; type: "function"; function: { name: string; arguments: string } };
export type OpenAiMessage =
  | { role: "system" | "user"; content: string }
  | { role: "assistant"; content: string | null; tool_calls?: OpenAiToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

const MAX_STOP_SEQUENCES = 4;

/**
 * OpenAI pairs each tool result with the id of the call that asked for it. A tool message answers
 * the call with its `toolCallId`, else the first unanswered call of that name in the assistant turn
 * just before; calls without ids get one made up here. A result that answers no call gets a call
 * (empty arguments) inserted, as strict servers require.
 */
export function toOpenAiMessages(messages: readonly ChatMessage[]): OpenAiMessage[] {
  const out: OpenAiMessage[] = [];
  let open: { id: string; name: string }[] = [];
  // Made-up ids must not collide with the ones the model server gave (those are kept as they are).
  const used = new Set(
    messages.flatMap((m) => (m.role === "tool" ? [m.toolCallId] : (m.toolCalls ?? []).map((c) => c.id))),
  );
  let nextId = 0;
  const freshId = () => {
    let id: string;
    do id = `call_${nextId++}`;
    while (used.has(id));
    return id;
  };
  const newCall = (call: ToolCall): OpenAiToolCall => {
    const id = call.id || freshId();
    return { id, type: "function", function: { name: call.name, arguments: call.arguments } };
  };

  for (const message of messages) {
    if (message.role === "tool") {
      let at = open.findIndex((c) => message.toolCallId !== undefined && c.id === message.toolCallId);
      if (at < 0) at = open.findIndex((c) => c.name === message.name);
      let id: string;
      if (at >= 0) {
        id = open[at].id;
        open = open.filter((_, i) => i !== at);
      } else {
        const call = newCall({ id: message.toolCallId, name: message.name, arguments: "{}" });
        out.push({ role: "assistant", content: null, tool_calls: [call] });
        id = call.id;
      }
      out.push({ role: "tool", tool_call_id: id, content: message.content });
      continue;
    }
    open = [];
    if (message.role === "assistant" && message.toolCalls?.length) {
      const calls = message.toolCalls.map(newCall);
      out.push({ role: "assistant", content: message.content || null, tool_calls: calls });
      open = calls.map((c) => ({ id: c.id, name: c.function.name }));
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
