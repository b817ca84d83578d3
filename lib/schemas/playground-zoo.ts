import { z } from "zod";

/** Built-in models by name: the bodies of `/v4/completions` and `/v4/chat-completions` the playground sends. */

const text = z.string().max(100_000);
const filled = (message: string) => text.refine((value) => value.trim() !== "", message);

// The by-name routes' ModelParameters: temperature is 0..1 there (the typed routes allow 0..2).
const TEMPERATURE = "Temperature must be between 0 and 1 for built-in models";
const MAX_TOKENS = "Max tokens must be a whole number from 1 to 32768";
export const zooModelParametersSchema = z.strictObject({
  temperature: z.number({ error: TEMPERATURE }).min(0, TEMPERATURE).max(1, TEMPERATURE).optional(),
  max_tokens: z
    .number({ error: MAX_TOKENS })
    .int(MAX_TOKENS)
    .min(1, "Max tokens must be at least 1")
    .max(32_768, MAX_TOKENS)
    .optional(),
  stop_sequences: z
    .array(z.string().min(1, "A stop sequence cannot be empty"))
    .max(4, "At most 4 stop sequences")
    .optional(),
});

const model = z.string().trim().min(1, "Choose a model").max(200);

export const zooCompletionRequestSchema = z.strictObject({
  model,
  prompt: filled("Enter a prompt"),
  model_parameters: zooModelParametersSchema.optional(),
  stream: z.boolean().optional(),
});

export const zooChatMessageSchema = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: text,
});

export const zooChatRequestSchema = z.strictObject({
  model,
  messages: z
    .array(zooChatMessageSchema)
    .min(1, "Add a message")
    .max(500)
    .refine(
      (messages) => messages.at(-1)?.role === "user",
      "Type a message, or end the conversation with a user message",
    )
    .refine((messages) => messages.at(-1)?.content.trim() !== "", "Enter a message to send"),
  model_parameters: zooModelParametersSchema.optional(),
  instructions: z.string().max(50_000).optional(),
  stream: z.boolean().optional(),
});

/** Body of POST /api/playground/by-name. */
export const zooBodySchema = z.discriminatedUnion("route", [
  z.object({ route: z.literal("completions"), request: zooCompletionRequestSchema }),
  z.object({ route: z.literal("chat-completions"), request: zooChatRequestSchema }),
]);

export type ZooBody = z.infer<typeof zooBodySchema>;
export type ZooRoute = ZooBody["route"];
export type ZooCompletionRequest = z.infer<typeof zooCompletionRequestSchema>;
export type ZooChatRequest = z.infer<typeof zooChatRequestSchema>;
export type ZooChatMessage = z.infer<typeof zooChatMessageSchema>;
export type ZooModelParameters = z.infer<typeof zooModelParametersSchema>;

/** A frame (or the whole answer) of `/v4/completions`. */
export type ZooCompletionResponse = {
  completion?: { text?: string | null; finish_reason?: string | null } | null;
  token_usage?: { prompt?: number | null; completion?: number | null; total?: number | null } | null;
};
/** A frame (or the whole answer) of `/v4/chat-completions`. */
export type ZooChatResponse = {
  chat_completion?: { message?: { content?: string | null } | null; finish_reason?: string | null } | null;
  token_usage?: ZooCompletionResponse["token_usage"];
};
