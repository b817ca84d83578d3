import { describe, expect, it } from "vitest";
import { toAgentResponse } from "./to-agent-response";

const usage = { promptTokens: 1, completionTokens: 1 };

describe("toAgentResponse", () => {
  it("maps a tool call to a tool_request with content null", () => {
    expect(
      toAgentResponse({
        text: "",
        finishReason: "tool_call",
        toolCall: { name: "search", arguments: '{"q":"x"}' },
        ...usage,
      }),
    ).toEqual({
      action: "tool_request",
      context: { content: null, tool_request: { name: "search", arguments: '{"q":"x"}' } },
    });
  });

  it("maps text (any other finish reason) to content with tool_request null", () => {
    expect(toAgentResponse({ text: "Done.", finishReason: "length", ...usage })).toEqual({
      action: "content",
      context: { content: "Done.", tool_request: null },
    });
  });

  it("answers with content when finishReason says tool_call but no call came back", () => {
    expect(toAgentResponse({ text: "hmm", finishReason: "tool_call", ...usage }).action).toBe("content");
  });
});
