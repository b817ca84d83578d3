import { expect, it } from "vitest";
import type { ChatMessage } from "@/lib/schemas/playground";
import { nextTurn, restoredConversation, withoutLastReply } from "./conversation";

const sys: ChatMessage = { role: "system", content: "S" };
const user: ChatMessage = { role: "user", content: "U" };
const reply: ChatMessage = { role: "assistant", content: "A" };

it("the composer text is the prompt and the whole conversation is history", () => {
  expect(nextTurn([sys, user, reply], "next")).toEqual({ chat_history: [sys, user, reply], prompt: "next" });
});

it("without composer text the last user message is the prompt; after a reply there is nothing to send", () => {
  expect(nextTurn([sys, user], " ")).toEqual({ chat_history: [sys], prompt: "U" });
  expect(nextTurn([sys, user, reply], "")).toBeNull();
});

it("regenerate drops the last reply and re-asks the last user turn", () => {
  expect(nextTurn(withoutLastReply([sys, user, reply]), "")).toEqual({ chat_history: [sys], prompt: "U" });
});

it("a saved request becomes the conversation again", () => {
  expect(restoredConversation({ chat_history: [sys, { role: "bogus", content: 1 }], prompt: "U" })).toEqual([
    sys,
    user,
  ]);
  expect(restoredConversation({})).toBeNull();
});
