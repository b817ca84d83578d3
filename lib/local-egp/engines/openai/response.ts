import { z } from "zod";
import { countWhitespaceTokens } from "../text/words";
import { redact } from "./http";
import { EngineRequestError, type GenerationChunk, type GenerationResult, type ToolCall } from "../types";

// Lenient on purpose: OpenAI-compatible servers differ in which fields they fill.
const usageSchema = z
  .object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() })
  .nullish();
const toolCallDeltaSchema = z.object({
  index: z.number().optional(),
  id: z.string().nullish(),
  function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).optional(),
});
const choiceSchema = z.object({
  text: z.string().nullish(),
  message: z
    .object({ content: z.string().nullish(), tool_calls: z.array(toolCallDeltaSchema).nullish() })
    .optional(),
  delta: z
    .object({ content: z.string().nullish(), tool_calls: z.array(toolCallDeltaSchema).nullish() })
    .optional(),
  finish_reason: z.string().nullish(),
});
export const openAiBodySchema = z.object({
  choices: z.array(choiceSchema).default([]),
  usage: usageSchema,
  error: z.unknown().optional(),
});
export type OpenAiBody = z.infer<typeof openAiBodySchema>;

const errorMessageSchema = z.object({ message: z.string() });

/** Validates one body or stream chunk; an in-band `{error}` (sent mid-stream) becomes a throw. */
export function parseOpenAiBody(json: unknown, apiKey?: string): OpenAiBody {
  const parsed = openAiBodySchema.safeParse(json);
  if (!parsed.success)
    throw new EngineRequestError("the model server sent a response that is not OpenAI-shaped");
  if (parsed.data.error !== undefined && parsed.data.error !== null) {
    const detail = errorMessageSchema.safeParse(parsed.data.error);
    const message = detail.success ? redact(detail.data.message, apiKey).slice(0, 300) : "no details";
    throw new EngineRequestError(`the model server reported an error: ${message}`);
  }
  return parsed.data;
}

/**
 * Folds non-stream bodies or stream chunks (choice 0 only) into one GenerationResult. Every tool
 * call is kept with the id the server gave it (a stream sends the id once, in the call's first
 * delta). Token counts come from `usage`; servers that send none get a whitespace estimate.
 */
export function createResultAccumulator(promptText: string, onChunk?: (c: GenerationChunk) => void) {
  let text = "";
  let finish: string | null | undefined;
  let usage: OpenAiBody["usage"];
  const calls = new Map<number, { id: string; name: string; arguments: string }>();

  return {
    add(body: OpenAiBody) {
      usage = body.usage ?? usage;
      const choice = body.choices[0];
      if (!choice) return;
      const piece = choice.delta?.content ?? choice.message?.content ?? choice.text ?? "";
      if (piece) {
        text += piece;
        onChunk?.({ text: piece });
      }
      for (const [position, call] of (
        choice.delta?.tool_calls ??
        choice.message?.tool_calls ??
        []
      ).entries()) {
        const index = call.index ?? position;
        const entry = calls.get(index) ?? { id: "", name: "", arguments: "" };
        entry.id ||= call.id ?? "";
        entry.name += call.function?.name ?? "";
        entry.arguments += call.function?.arguments ?? "";
        calls.set(index, entry);
      }
      finish = choice.finish_reason ?? finish;
    },
    result(cancelled = false): GenerationResult {
      const toolCalls: ToolCall[] = [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .filter(([, call]) => call.name)
        .map(([, call]) => ({
          ...(call.id ? { id: call.id } : {}),
          name: call.name,
          arguments: call.arguments || "{}",
        }));
      const counts = {
        promptTokens: usage?.prompt_tokens ?? countWhitespaceTokens(promptText),
        completionTokens: usage?.completion_tokens ?? countWhitespaceTokens(text),
      };
      if (cancelled) return { text, finishReason: "cancelled", ...counts };
      // Some servers (Ollama) end a tool call with finish_reason "stop": the call itself decides.
      if (toolCalls.length) return { text, finishReason: "tool_call", toolCalls, ...counts };
      return { text, finishReason: finish === "length" ? "length" : "stop", ...counts };
    },
  };
}
