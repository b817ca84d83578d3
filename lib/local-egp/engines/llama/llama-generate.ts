import type {
  ChatHistoryItem,
  ChatModelFunctions,
  LlamaChat,
  LlamaContextSequence,
  LlamaModel,
} from "node-llama-cpp";
import type { ChatMessage, GenerationParams, GenerationResult, ToolDefinition } from "../types";
import { toLlamaHistory } from "./chat-history";
import { createGenerationTracker, type RunOptions } from "./generation-tracker";
import { importNodeLlamaCpp } from "./llama-runtime";
import { toLlamaFunctions } from "./tool-schema";

export type LlamaSession = {
  model: LlamaModel;
  sequence: LlamaContextSequence;
  /** Used when a request sets no maxTokens, so a model that never emits EOS still stops. */
  defaultMaxTokens: number;
};

/** Stop sequences are not passed on: the tracker applies them to the streamed text. */
function samplingOptions(session: LlamaSession, params: GenerationParams) {
  return {
    temperature: params.temperature,
    topK: params.topK,
    topP: params.topP,
    maxTokens: params.maxTokens ?? session.defaultMaxTokens,
  };
}

export async function runCompletion(
  session: LlamaSession,
  prompt: string,
  params: GenerationParams,
  opts: RunOptions = {},
): Promise<GenerationResult> {
  const { LlamaCompletion } = await importNodeLlamaCpp();
  const { model, sequence } = session;
  const bos = model.tokens.shouldPrependBosToken && model.tokens.bos != null ? 1 : 0;
  const tracker = createGenerationTracker(params, opts, model.tokenize(prompt).length + bos);
  const completion = new LlamaCompletion({ contextSequence: sequence });
  return tracker
    .settle(async () => {
      const { metadata } = await completion.generateCompletionWithMeta(prompt, {
        ...samplingOptions(session, params),
        signal: tracker.signal,
        stopOnAbortSignal: true,
        onTextChunk: tracker.onTextChunk,
        onToken: tracker.onToken,
      });
      return tracker.finished(metadata.stopReason);
    })
    .finally(() => completion.dispose({ disposeSequence: false }));
}

function countChatPromptTokens(
  chat: LlamaChat,
  history: ChatHistoryItem[],
  functions?: ChatModelFunctions,
): number {
  const last = history.at(-1);
  const chatHistory: ChatHistoryItem[] =
    last?.type === "model" ? history : [...history, { type: "model", response: [] }];
  const { contextText } = chat.chatWrapper.generateContextState({
    chatHistory,
    availableFunctions: functions,
  });
  return contextText.tokenize(chat.model.tokenizer).length;
}

export async function runChat(
  session: LlamaSession,
  messages: readonly ChatMessage[],
  params: GenerationParams & { tools?: ToolDefinition[] },
  opts: RunOptions = {},
): Promise<GenerationResult> {
  const { LlamaChat } = await importNodeLlamaCpp();
  const chat = new LlamaChat({ contextSequence: session.sequence });
  const history = toLlamaHistory(messages);
  let functions = params.tools?.length ? toLlamaFunctions(params.tools) : undefined;
  let promptTokens: number;
  try {
    promptTokens = countChatPromptTokens(chat, history, functions);
  } catch {
    // The model's chat wrapper cannot render these tools: answer in plain text instead.
    functions = undefined;
    promptTokens = countChatPromptTokens(chat, history);
  }
  const tracker = createGenerationTracker(params, opts, promptTokens);
  return tracker
    .settle(async () => {
      const response = await chat.generateResponse(history, {
        ...samplingOptions(session, params),
        functions,
        signal: tracker.signal,
        stopOnAbortSignal: true,
        onTextChunk: tracker.onTextChunk,
        onToken: tracker.onToken,
      });
      const calls = response.functionCalls ?? [];
      if (calls.length === 0) return tracker.finished(response.metadata.stopReason);
      const toolCalls = calls.map((call) => ({
        name: call.functionName,
        arguments: JSON.stringify(call.params ?? {}),
      }));
      return { ...tracker.finished("functionCalls"), toolCalls };
    })
    .finally(() => chat.dispose({ disposeSequence: false }));
}
