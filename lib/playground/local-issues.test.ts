import { describe, expect, it } from "vitest";
import { chatRequestSchema, completionRequestSchema } from "../schemas/playground";
import { localIssues } from "./local-issues";
import { describeIssue } from "./request-issue";

const messages = (schema: Parameters<typeof localIssues>[0], request: unknown) =>
  localIssues(schema, request).map(describeIssue);

describe("localIssues", () => {
  it("catches max tokens ≤ 0, a blank prompt and a temperature out of range, in the form's words", () => {
    expect(messages(completionRequestSchema, { prompt: "  ", temperature: 2.5, max_tokens: 0 })).toEqual([
      "Temperature must be between 0 and 2",
      "Max tokens must be at least 1",
      "Enter a prompt",
    ]);
    expect(messages(completionRequestSchema, { prompt: "p", max_tokens: -3 })).toEqual([
      "Max tokens must be at least 1",
    ]);
    expect(messages(completionRequestSchema, { prompt: "p", max_tokens: 1.5 })).toEqual([
      "Max tokens must be a whole number from 1 to 32768",
    ]);
  });

  it("keeps the paths so each message lands under its field", () => {
    expect(localIssues(chatRequestSchema, { chat_history: [], prompt: "" })).toEqual([
      { path: ["prompt"], message: "Enter a message to send" },
    ]);
    expect(localIssues(completionRequestSchema, { prompt: " keep my spaces " })).toEqual([]);
  });
});
