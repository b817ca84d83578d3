import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Invalid } from "../domain/errors";
import type { ChatMessage, GenerationResult, ToolDefinition } from "../engines/types";
import { parseValue } from "../http/validation";
import { textOnly } from "./by-name";

/**
 * OpenAI's chat shapes and the engines' (for /v5/chat/completions): its messages and function tools in,
 * the tool calls of a result out.
 */

type OpenAiMessage = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** OpenAI chat messages as the engines read them; a role or content this server cannot read is a 422. */
export function chatMessages(raw: OpenAiMessage[], modelName: string): ChatMessage[] {
  const toolNames = new Map<string, string>();
  return raw.map((m, i): ChatMessage => {
    const bad = (field: string, msg: string) => Invalid.field(["messages", i, field], msg);
    const content = m.content;
    const text = (): string => {
      if (content == null) return "";
      if (typeof content === "string") return content;
      if (Array.isArray(content))
        return textOnly(content as { type: string; text?: string }[], modelName, ["messages", i, "content"]);
      throw bad("content", "Input should be a valid string or a list of content parts");
    };
    switch (m.role) {
      case "system":
      case "developer":
        return { role: "system", content: text() };
      case "user":
        return { role: "user", content: text() };
      case "assistant": {
        const calls = Array.isArray(m.tool_calls) ? (m.tool_calls as OpenAiMessage[]) : [];
        const toolCalls = calls.map((c, j) => {
          const fn = (c.function ?? {}) as OpenAiMessage;
          const name = str(fn.name);
          if (!name)
            throw Invalid.field(
              ["messages", i, "tool_calls", j, "function", "name"],
              "Field required",
              "missing",
            );
          const id = str(c.id);
          if (id) toolNames.set(id, name);
          return { ...(id ? { id } : {}), name, arguments: str(fn.arguments) ?? "{}" };
        });
        return { role: "assistant", content: text(), ...(toolCalls.length ? { toolCalls } : {}) };
      }
      case "tool": {
        const id = str(m.tool_call_id);
        return {
          role: "tool",
          name: (id && toolNames.get(id)) || str(m.name) || "tool",
          content: text(),
          ...(id ? { toolCallId: id } : {}),
        };
      }
      case "function":
        return { role: "tool", name: str(m.name) ?? "function", content: text() };
      default:
        throw bad("role", "Input should be 'system', 'developer', 'user', 'assistant', 'tool' or 'function'");
    }
  });
}

const FunctionToolSchema = z.object({
  type: z.literal("function").default("function"),
  function: z.object({
    name: z.string(),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
  }),
});

export function chatTools(
  tools: Record<string, unknown>[] | null | undefined,
  choice: unknown,
): ToolDefinition[] | undefined {
  if (!tools?.length || choice === "none") return undefined;
  const parsed = parseValue({ tools }, z.object({ tools: z.array(FunctionToolSchema) })).tools;
  return parsed.map(({ function: f }) => ({
    name: f.name,
    description: f.description ?? "",
    parameters: f.parameters ?? { type: "object", properties: {} },
  }));
}

export function toolCallsOf(result: GenerationResult) {
  return (result.toolCalls ?? []).map((c) => ({
    id: c.id || `call_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
    type: "function" as const,
    function: { name: c.name, arguments: c.arguments },
  }));
}
