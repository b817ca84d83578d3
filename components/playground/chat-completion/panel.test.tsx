// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderPanel, stubPlaygroundFetch } from "../testing/panel-harness";
import { ChatPanel } from "./panel";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const sendButton = () => screen.getByRole("button", { name: /^Send/ });
const reason = () => screen.queryByTestId("run-disabled-reason")?.textContent;

describe("ChatPanel validation", () => {
  it("shows a temperature out of range in words under the field and beside Send", () => {
    const net = stubPlaygroundFetch();
    renderPanel(ChatPanel, "CHAT_COMPLETION");
    fireEvent.change(screen.getByLabelText("Temperature"), { target: { value: "2.5" } });
    expect(sendButton()).toHaveProperty("disabled", true);
    expect(reason()).toBe("Temperature must be between 0 and 2");
    expect(screen.getByLabelText("Temperature").getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(sendButton());
    expect(net.calls).toEqual([]);
  });

  it("says why Send is disabled when there is nothing to send, and catches an empty last message", () => {
    stubPlaygroundFetch();
    renderPanel(ChatPanel, "CHAT_COMPLETION");
    fireEvent.change(screen.getByLabelText("Your message"), { target: { value: "" } });
    expect(reason()).toBe("Type a message, or end the conversation with a user message.");
    fireEvent.click(screen.getByRole("button", { name: "Add message" }));
    expect(reason()).toBe("Enter a message to send");
    expect(screen.getByRole("alert").textContent).toBe("Enter a message to send");
  });

  it("words the model schema's findings like the form, not like ajv", async () => {
    const net = stubPlaygroundFetch({
      validate: {
        body: {
          ok: false,
          issues: [
            { path: ["temperature"], message: "must be between 0 and 1" },
            { path: ["prompt"], message: "is required" },
          ],
        },
      },
    });
    renderPanel(ChatPanel, "CHAT_COMPLETION");
    fireEvent.click(sendButton());
    const issues = await screen.findByTestId("request-issues");
    expect([...issues.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Temperature must be between 0 and 1",
      "Prompt is required",
    ]);
    expect(screen.getAllByRole("alert").map((a) => a.textContent)).toContain(
      "Temperature must be between 0 and 1",
    );
    expect(net.executes()).toEqual([]);
  });

  it("sends once for three quick clicks", async () => {
    const net = stubPlaygroundFetch({
      execute: [{ body: { completions: [["p", ["Hi there"]]], finish_reason: "stop" } }],
    });
    renderPanel(ChatPanel, "CHAT_COMPLETION");
    for (let i = 0; i < 3; i++) fireEvent.click(sendButton());
    await waitFor(() => expect(screen.getAllByText("Hi there").length).toBeGreaterThan(0));
    expect(net.executes()).toHaveLength(1);
    expect(net.calls.filter((c) => c.url.endsWith("/validate"))).toHaveLength(1);
  });
});
