// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderPanel, stubPlaygroundFetch } from "../testing/panel-harness";
import { AgentPanel } from "./panel";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const calls = (...list: [string, string, object][]) => ({
  body: {
    action: "tool_request",
    context: {
      content: null,
      tool_request: { name: list[0][1], arguments: JSON.stringify(list[0][2]) },
      tool_calls: list.map(([id, name, args]) => ({ id, name, arguments: JSON.stringify(args) })),
    },
  },
});
type Sent = { request: { messages: Record<string, unknown>[] } };

describe("AgentPanel tool loop", () => {
  it("answers two calls, then one more, and sends each result with its call's id", async () => {
    const net = stubPlaygroundFetch({
      execute: [
        calls(["call_A", "get_weather", { city: "Paris" }], ["call_B", "get_weather", { city: "Oslo" }]),
        calls(["call_C", "get_time", { city: "Oslo" }]),
        { body: { action: "content", context: { content: "Sunny, rainy, noon.", tool_request: null } } },
      ],
    });
    renderPanel(AgentPanel, "AGENT");
    fireEvent.click(screen.getByRole("button", { name: /^Run agent/ }));

    const first = await screen.findByRole("region", { name: "Answer the 2 tool calls" });
    expect(screen.getByRole("button", { name: /^Run agent/ })).toHaveProperty("disabled", true);
    expect(screen.getByTestId("run-disabled-reason").textContent).toBe("Answer the tool calls above first.");
    const send = within(first).getByRole("button", { name: "Send tool results and continue" });
    fireEvent.change(within(first).getByLabelText("Result of get_weather (call 1)"), {
      target: { value: "sun" },
    });
    expect(send).toHaveProperty("disabled", true);
    fireEvent.change(within(first).getByLabelText("Result of get_weather (call 2)"), {
      target: { value: "rain" },
    });
    fireEvent.click(send);
    fireEvent.click(send);

    const second = await screen.findByRole("region", { name: "Answer the tool request" });
    fireEvent.change(within(second).getByLabelText("Result of get_time"), { target: { value: "12:00" } });
    fireEvent.click(within(second).getByRole("button", { name: "Send tool result and continue" }));
    await screen.findByText("Sunny, rainy, noon.");

    const sent = net.executes().map((c) => (c.body as unknown as Sent).request.messages);
    expect(sent).toHaveLength(3);
    const agentTurn1 = {
      role: "agent",
      tool_request: { name: "get_weather", arguments: '{"city":"Paris"}' },
      tool_calls: [
        { id: "call_A", name: "get_weather", arguments: '{"city":"Paris"}' },
        { id: "call_B", name: "get_weather", arguments: '{"city":"Oslo"}' },
      ],
    };
    expect(sent[1].slice(1)).toEqual([
      agentTurn1,
      { role: "tool", name: "get_weather", content: "sun", tool_call_id: "call_A" },
      { role: "tool", name: "get_weather", content: "rain", tool_call_id: "call_B" },
    ]);
    expect(sent[2].slice(4)).toEqual([
      {
        role: "agent",
        tool_request: { name: "get_time", arguments: '{"city":"Oslo"}' },
        tool_calls: [{ id: "call_C", name: "get_time", arguments: '{"city":"Oslo"}' }],
      },
      { role: "tool", name: "get_time", content: "12:00", tool_call_id: "call_C" },
    ]);
    expect(screen.queryByRole("region", { name: /^Answer the/ })).toBeNull();
    const tools = screen.getAllByRole("listitem").filter((li) => li.dataset.role === "tool");
    expect(tools.map((li) => li.textContent)).toEqual([
      'Tool · get_weatherfor city: "Paris"sun',
      'Tool · get_weatherfor city: "Oslo"rain',
      'Tool · get_timefor city: "Oslo"12:00',
    ]);
  });
});
