// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConsoleProvider } from "@/components/shell/role-gate";
import type { Deployment, Model } from "@/lib/egp/types";
import { CompletionPanel } from "./panel";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
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
