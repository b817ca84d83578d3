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
          toolCall: { name: "weather", arguments: '{"city":"Oslo"}' },
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
});
