// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConsoleProvider } from "@/components/shell/role-gate";
import type { ZooEntry } from "@/lib/playground/zoo";
import { ZooPanel } from "./panel";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const context = {
  mode: { kind: "local" as const },
  user: { id: "u1", email: "ada@example.com", name: "Ada" },
  accounts: [{ id: "a1", name: "Research", role: "member" }],
  currentAccountId: "a1",
};

function renderZoo(entry: ZooEntry) {
  return render(
    <ConsoleProvider context={context}>
      <ZooPanel entry={entry} />
    </ConsoleProvider>,
  );
}

const chat: ZooEntry = { name: "gpt-4o-mini", route: "chat-completions", modelId: "m1", description: null };
const reason = () => screen.queryByTestId("run-disabled-reason")?.textContent;

describe("ZooPanel", () => {
  it("holds temperature to the by-name range and sends nothing out of it", () => {
    const fetchStub = vi.fn();
    vi.stubGlobal("fetch", fetchStub);
    renderZoo(chat);
    expect(screen.getByText("0–1")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Temperature"), { target: { value: "1.5" } });
    expect(reason()).toBe("Temperature must be between 0 and 1 for built-in models");
    fireEvent.click(screen.getByRole("button", { name: /^Send/ }));
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("posts the by-name chat request and adds the reply to the conversation", async () => {
    const calls: unknown[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push({ url, body: JSON.parse(String(init?.body)) });
        return Response.json({
          chat_completion: { message: { role: "assistant", content: "Hi there." }, finish_reason: "stop" },
          token_usage: { prompt: 3, completion: 2, total: 5 },
        });
      }),
    );
    renderZoo(chat);
    fireEvent.change(screen.getByLabelText("Your message"), { target: { value: "Hello" } });
    fireEvent.click(screen.getByRole("button", { name: /^Send/ }));
    await waitFor(() => expect(screen.getByTestId("zoo-run-summary").textContent).toContain("stop"));
    expect(calls).toEqual([
      {
        url: "/api/playground/by-name",
        body: {
          route: "chat-completions",
          request: {
            model: "gpt-4o-mini",
            messages: [
              { role: "system", content: "You are a concise assistant." },
              { role: "user", content: "Hello" },
            ],
            model_parameters: { temperature: 0.2, max_tokens: 64 },
            stream: true,
          },
        },
      },
    ]);
    const boxes = screen.getAllByRole("textbox") as HTMLTextAreaElement[];
    expect(boxes.map((b) => b.value)).toContain("Hi there.");
  });
});
