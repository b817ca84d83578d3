import { describe, expect, it } from "vitest";
import { toAgentResponse } from "./to-agent-response";

const usage = { promptTokens: 1, completionTokens: 1 };

describe("toAgentResponse", () => {
  it("maps tool calls to the first as tool_request and all, with ids, as tool_calls", () => {
    let n = 0;
    expect(
      toAgentResponse(
        {
          text: "",
          finishReason: "tool_call",
          toolCalls: [
            { id: "srv-1", name: "search", arguments: '{"q":"x"}' },
            { name: "clock", arguments: "{}" },
          ],
          ...usage,
        },
        () => `made-${n++}`,
      ),
    ).toEqual({
      action: "tool_request",
      context: {
        content: null,
        tool_request: { name: "search", arguments: '{"q":"x"}' },
        tool_calls: [
          { id: "srv-1", name: "search", arguments: '{"q":"x"}' },
          { id: "made-0", name: "clock", arguments: "{}" },
        ],
      },
    });
  });

  it("makes distinct ids by default, so rounds never reuse one", () => {
    const result = { text: "", finishReason: "tool_call" as const, ...usage };
    const call = { name: "clock", arguments: "{}" };
    const ids = [
      toAgentResponse({ ...result, toolCalls: [call, call] }),
      toAgentResponse({ ...result, toolCalls: [call] }),
    ]
      .flatMap((r) => r.context.tool_calls ?? [])
      .map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^call_[0-9a-f]{24}$/.test(id))).toBe(true);
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
