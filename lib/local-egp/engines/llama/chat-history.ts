import type { ChatHistoryItem, ChatModelFunctionCall, ChatModelResponse } from "node-llama-cpp";
import type { ChatMessage } from "../types";

function parseArguments(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

type OpenCall = { id?: string; item: ChatModelFunctionCall };

/**
 * Maps API chat messages onto node-llama-cpp's history. A tool result becomes the `result` of the
 * function call (by `toolCallId`, else the first unanswered one of that name) that the assistant
 * turn before it made, which is how its chat wrappers render tool use; a tool message with no
 * matching call is attached as a call with empty params.
 */
export function toLlamaHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = [];
  let open: OpenCall[] = [];

  const lastModelItem = (): ChatModelResponse => {
    const last = history.at(-1);
    if (last?.type === "model") return last;
    const item: ChatModelResponse = { type: "model", response: [] };
    history.push(item);
    return item;
  };

  for (const message of messages) {
    if (message.role === "tool") {
      let at = open.findIndex((c) => message.toolCallId !== undefined && c.id === message.toolCallId);
      if (at < 0) at = open.findIndex((c) => c.item.name === message.name);
      if (at >= 0) {
        open[at].item.result = message.content;
        open = open.filter((_, i) => i !== at);
      } else {
        lastModelItem().response.push({
          type: "functionCall",
          name: message.name,
          params: {},
          result: message.content,
        });
      }
      continue;
    }
    open = [];
    if (message.role === "system") history.push({ type: "system", text: message.content });
    else if (message.role === "user") history.push({ type: "user", text: message.content });
    else {
      const item: ChatModelResponse = { type: "model", response: message.content ? [message.content] : [] };
      for (const call of message.toolCalls ?? []) {
        const functionCall: ChatModelFunctionCall = {
          type: "functionCall",
          name: call.name,
          params: parseArguments(call.arguments),
          result: "",
        };
        item.response.push(functionCall);
        open.push({ id: call.id, item: functionCall });
      }
      history.push(item);
    }
  }
  return history;
}
