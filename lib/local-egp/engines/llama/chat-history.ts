import type { ChatHistoryItem, ChatModelFunctionCall, ChatModelResponse } from "node-llama-cpp";
import type { ChatMessage } from "../types";

function parseArguments(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/**
 * Maps API chat messages onto node-llama-cpp's history. A tool result becomes the `result` of
 * the function call the assistant turn before it made (that is how its chat wrappers render
 * tool use); a tool message with no matching call is attached as a call with empty params.
 */
export function toLlamaHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = [];
  let pendingCall: ChatModelFunctionCall | undefined;

  const lastModelItem = (): ChatModelResponse => {
    const last = history.at(-1);
    if (last?.type === "model") return last;
    const item: ChatModelResponse = { type: "model", response: [] };
    history.push(item);
    return item;
  };

  for (const message of messages) {
    if (message.role === "tool") {
      if (pendingCall && pendingCall.name === message.name) {
        pendingCall.result = message.content;
      } else {
        lastModelItem().response.push({
          type: "functionCall",
          name: message.name,
          params: {},
          result: message.content,
        });
      }
      pendingCall = undefined;
      continue;
    }
    pendingCall = undefined;
    if (message.role === "system") history.push({ type: "system", text: message.content });
    else if (message.role === "user") history.push({ type: "user", text: message.content });
    else {
      const item: ChatModelResponse = { type: "model", response: message.content ? [message.content] : [] };
      if (message.toolCall) {
        pendingCall = {
          type: "functionCall",
          name: message.toolCall.name,
          params: parseArguments(message.toolCall.arguments),
          result: "",
        };
        item.response.push(pendingCall);
      }
      history.push(item);
    }
  }
  return history;
}
