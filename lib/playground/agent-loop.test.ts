import { describe, expect, it } from "vitest";
import { agentRequestSchema, type AgentMessage, type AgentResponse } from "../schemas/playground";
import { agentTurn, answeredCalls, pendingCalls, withToolResults } from "./agent-loop";

const twoCalls: AgentResponse = {
  action: "tool_request",
  context: {
    content: null,
    tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' },
    tool_calls: [
      { id: "call_A", name: "get_weather", arguments: '{"city":"Paris"}' },
      { id: "call_B", name: "get_time", arguments: '{"city":"Oslo"}' },
    ],
  },
};
const user: AgentMessage = { role: "user", content: "Paris weather and Oslo time?" };

describe("the agent follow-up request", () => {
  it("keeps the agent turn as the response gave it and answers each call by its id", () => {
    const history = [user, agentTurn(twoCalls)];
    expect(pendingCalls(history).map((c) => c.id)).toEqual(["call_A", "call_B"]);
    const next = withToolResults(history, ["sunny", "12:00"]);
    expect(next).toEqual([
      user,
      {
        role: "agent",
        tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' },
        tool_calls: twoCalls.context.tool_calls,
      },
      { role: "tool", name: "get_weather", content: "sunny", tool_call_id: "call_A" },
      { role: "tool", name: "get_time", content: "12:00", tool_call_id: "call_B" },
    ]);
    expect(pendingCalls(next)).toEqual([]);
    // What the console's route accepts, with nothing stripped.
    const parsed = agentRequestSchema.parse({ tools: [], messages: next });
    expect(parsed.messages).toEqual(next);
  });

  it("runs a second round after the first and ends on content", () => {
    let history = withToolResults([user, agentTurn(twoCalls)], ["sunny", "12:00"]);
    history = [
      ...history,
      agentTurn({
        action: "tool_request",
        context: {
          content: null,
          tool_request: { name: "get_weather", arguments: '{"city":"Oslo"}' },
          tool_calls: [{ id: "call_C", name: "get_weather", arguments: '{"city":"Oslo"}' }],
        },
      }),
    ];
    expect(pendingCalls(history)).toEqual([
      { id: "call_C", name: "get_weather", arguments: '{"city":"Oslo"}' },
    ]);
    history = withToolResults(history, ["rain"]);
    expect(history.at(-1)).toEqual({
      role: "tool",
      name: "get_weather",
      content: "rain",
      tool_call_id: "call_C",
    });
    const done = agentTurn({ action: "content", context: { content: "All done.", tool_request: null } });
    expect(done).toEqual({ role: "agent", content: "All done." });
    expect(pendingCalls([...history, done])).toEqual([]);
  });

  it("works with an EGP that sends only the spec's tool_request (no ids)", () => {
    const turn = agentTurn({
      action: "tool_request",
      context: { content: null, tool_request: { name: "get_weather", arguments: "{}" } },
    });
    expect(turn).toEqual({ role: "agent", tool_request: { name: "get_weather", arguments: "{}" } });
    expect(withToolResults([user, turn], ["sunny"]).at(-1)).toEqual({
      role: "tool",
      name: "get_weather",
      content: "sunny",
    });
  });

  it("counts results already given, by id or by name, and none once the user speaks again", () => {
    const history: AgentMessage[] = [
      user,
      agentTurn(twoCalls),
      { role: "tool", name: "get_time", content: "12:00", tool_call_id: "call_B" },
    ];
    expect(pendingCalls(history).map((c) => c.id)).toEqual(["call_A"]);
    expect(pendingCalls([...history, { role: "user", content: "never mind" }])).toEqual([]);
    expect(() => withToolResults(history, ["a", "b"])).toThrow();
  });

  it("tells which call each tool message answers, so the conversation can show it", () => {
    const next = withToolResults([user, agentTurn(twoCalls)], ["sunny", "12:00"]);
    expect(answeredCalls(next).map((c) => c?.arguments ?? null)).toEqual([
      null,
      null,
      '{"city":"Paris"}',
      '{"city":"Oslo"}',
    ]);
  });
});
