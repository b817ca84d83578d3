// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConsoleProvider } from "@/components/shell/role-gate";
import type { Deployment, Model } from "@/lib/egp/types";
import { renderPanel, stubPlaygroundFetch } from "../testing/panel-harness";
import { CompletionPanel } from "./panel";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const runButton = () => screen.getByRole("button", { name: /^Generate/ });
const reason = () => screen.getByTestId("run-disabled-reason").textContent;
const completion = { body: { completions: [["p", ["Hello"]]], finish_reason: "stop" } };

describe("CompletionPanel validation", () => {
  it("catches max tokens of 0 or less before sending, under the field and beside Run", () => {
    const net = stubPlaygroundFetch();
    renderPanel(CompletionPanel, "COMPLETION");
    fireEvent.change(screen.getByLabelText("Max tokens"), { target: { value: "0" } });
    expect(runButton()).toHaveProperty("disabled", true);
    expect(reason()).toBe("Max tokens must be at least 1");
    expect(screen.getByLabelText("Max tokens").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Max tokens").getAttribute("aria-describedby")).toBe("gen-max-tokens-error");
    expect(screen.getAllByRole("alert").map((a) => a.textContent)).toContain("Max tokens must be at least 1");
    fireEvent.change(screen.getByLabelText("Max tokens"), { target: { value: "-5" } });
    expect(reason()).toBe("Max tokens must be at least 1");
    fireEvent.click(runButton());
    expect(net.calls).toEqual([]);
  });

  it("catches an empty prompt and a temperature out of range, in words", () => {
    stubPlaygroundFetch();
    renderPanel(CompletionPanel, "COMPLETION");
    fireEvent.change(screen.getByLabelText("Prompt"), { target: { value: "   " } });
    expect(reason()).toBe("Enter a prompt");
    fireEvent.change(screen.getByLabelText("Prompt"), { target: { value: "Once" } });
    fireEvent.change(screen.getByLabelText("Temperature"), { target: { value: "3" } });
    expect(reason()).toBe("Temperature must be between 0 and 2");
    expect(screen.queryByText(/anyOf|schema/)).toBeNull();
  });

  it("says why Run is disabled for a role that cannot execute", () => {
    stubPlaygroundFetch();
    renderPanel(CompletionPanel, "COMPLETION", { role: "viewer" });
    expect(runButton()).toHaveProperty("disabled", true);
    expect(reason()).toBe("Your role in this account cannot run models.");
    expect(runButton().getAttribute("aria-describedby")).toBe(screen.getByTestId("run-disabled-reason").id);
  });

  it("is pending from the first click, and three quick clicks send one request", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const net = stubPlaygroundFetch({ validate: { body: { ok: true }, delay: held }, execute: [completion] });
    renderPanel(CompletionPanel, "COMPLETION");
    fireEvent.click(runButton());
    fireEvent.click(runButton());
    fireEvent.click(runButton());
    // Still in the pre-send check: the button already shows it is busy.
    expect(runButton()).toHaveProperty("disabled", true);
    expect(runButton().getAttribute("aria-busy")).toBe("true");
    await act(async () => release());
    await waitFor(() => expect(screen.getByText("Hello")).toBeTruthy());
    expect(net.calls.map((c) => c.url)).toEqual(["/api/playground/validate", "/api/playground/execute"]);
    expect(runButton()).toHaveProperty("disabled", false);
  });
});

const SHAPE = "Scale GP answered with an unexpected shape: completions is missing";

const target = {
  model: { id: "m-1", name: "m-1", display_name: "Model 1", model_type: "COMPLETION" } as Model,
  deployment: { id: "d-1", name: "d-1", model_instance_id: "m-1", status: "READY" } as Deployment,
};

describe("CompletionPanel", () => {
  it("keeps the prompt and shows the message when the run answers 502", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) =>
        url.endsWith("/validate")
          ? Response.json({ ok: true })
          : Response.json({ error: { code: "bad_gateway", message: SHAPE } }, { status: 502 }),
      ),
    );
    const context = {
      mode: { kind: "remote" as const, url: "https://egp.remote.test" },
      user: { id: "u1", email: "a@b.c", name: null },
      accounts: [{ id: "acc-1", name: "Acc", role: "member" }],
      currentAccountId: "acc-1",
    };
    render(
      <ConsoleProvider context={context}>
        <CompletionPanel
          target={target}
          compare={null}
          restored={null}
          draft={null}
          onDraft={() => {}}
          onRecord={() => {}}
          urlText={null}
          setUrlText={() => {}}
        />
      </ConsoleProvider>,
    );
    const prompt = screen.getByLabelText("Prompt") as HTMLTextAreaElement;
    fireEvent.change(prompt, { target: { value: "A long prompt the user wrote by hand" } });
    fireEvent.click(screen.getByRole("button", { name: /Generate/ }));
    await waitFor(() => expect(screen.getByTestId("run-error").textContent).toContain(SHAPE));
    expect((screen.getByLabelText("Prompt") as HTMLTextAreaElement).value).toBe(
      "A long prompt the user wrote by hand",
    );
  });
});
