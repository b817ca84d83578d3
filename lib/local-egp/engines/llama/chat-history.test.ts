import { describe, expect, it } from "vitest";
import { toLlamaHistory } from "./chat-history";

describe("toLlamaHistory", () => {
  it("maps system, user and assistant turns", () => {
    expect(
      toLlamaHistory([
        { role: "system", content: "S" },
        { role: "user", content: "U" },
        { role: "assistant", content: "A" },
      ]),
    ).toEqual([
      { type: "system", text: "S" },
      { type: "user", text: "U" },
      { type: "model", response: ["A"] },
    ]);
  });

  it("puts a tool result into the call the assistant made just before", () => {
    expect(
      toLlamaHistory([
        { role: "user", content: "Weather?" },
        {
          role: "assistant",
          content: "Checking.",
          toolCalls: [{ name: "weather", arguments: '{"city":"Oslo"}' }],
        },
        { role: "tool", name: "weather", content: "rain" },
      ]),
    ).toEqual([
      { type: "user", text: "Weather?" },
      {
        type: "model",
        response: [
          "Checking.",
          { type: "functionCall", name: "weather", params: { city: "Oslo" }, result: "rain" },
        ],
      },
    ]);
  });

  it("attaches a tool result with no matching call as a call with empty params", () => {
    expect(
      toLlamaHistory([
        { role: "user", content: "Hi" },
        { role: "tool", name: "clock", content: "12:00" },
      ]),
    ).toEqual([
      { type: "user", text: "Hi" },
      { type: "model", response: [{ type: "functionCall", name: "clock", params: {}, result: "12:00" }] },
    ]);
  });

  it("answers several calls of one turn by id, in any order, over several rounds", () => {
    expect(
      toLlamaHistory([
        { role: "user", content: "Weather in Paris and Oslo, then the time?" },
        {
          role: "assistant",
          content: "",
          toolCalls: [
            { id: "a", name: "weather", arguments: '{"city":"Paris"}' },
            { id: "b", name: "weather", arguments: '{"city":"Oslo"}' },
          ],
        },
        { role: "tool", name: "weather", content: "rain", toolCallId: "b" },
        { role: "tool", name: "weather", content: "sun", toolCallId: "a" },
        { role: "assistant", content: "", toolCalls: [{ id: "c", name: "clock", arguments: "{}" }] },
        { role: "tool", name: "clock", content: "12:00", toolCallId: "c" },
        { role: "assistant", content: "Sun in Paris, rain in Oslo, noon." },
      ]),
    ).toEqual([
      { type: "user", text: "Weather in Paris and Oslo, then the time?" },
      {
        type: "model",
        response: [
          { type: "functionCall", name: "weather", params: { city: "Paris" }, result: "sun" },
          { type: "functionCall", name: "weather", params: { city: "Oslo" }, result: "rain" },
        ],
      },
      {
        type: "model",
        response: [{ type: "functionCall", name: "clock", params: {}, result: "12:00" }],
      },
      { type: "model", response: ["Sun in Paris, rain in Oslo, noon."] },
    ]);
  });

  it("pairs results without ids with the unanswered calls of that name, in order", () => {
    const history = toLlamaHistory([
      {
        role: "assistant",
        content: "",
        toolCalls: [
          { name: "weather", arguments: '{"city":"Paris"}' },
          { name: "clock", arguments: "{}" },
          { name: "weather", arguments: '{"city":"Oslo"}' },
        ],
      },
      { role: "tool", name: "weather", content: "sun" },
      { role: "tool", name: "clock", content: "noon" },
      { role: "tool", name: "weather", content: "rain" },
    ]);
    expect(history).toEqual([
      {
        type: "model",
        response: [
          { type: "functionCall", name: "weather", params: { city: "Paris" }, result: "sun" },
          { type: "functionCall", name: "clock", params: {}, result: "noon" },
          { type: "functionCall", name: "weather", params: { city: "Oslo" }, result: "rain" },
        ],
      },
    ]);
  });
});
