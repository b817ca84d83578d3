// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";

const toasts = vi.hoisted(() => ({ success: vi.fn() }));
vi.mock("@/lib/toast", () => ({ toast: { success: toasts.success, error: vi.fn() } }));

import { GroupDialog } from "./dialog";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  toasts.success.mockReset();
});

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
    ),
  );
}

function openDialog() {
  const onOpenChange = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <GroupDialog open onOpenChange={onOpenChange} />
    </QueryClientProvider>,
  );
  fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Embedders" } });
  fireEvent.change(screen.getByLabelText("Description"), { target: { value: "All of them" } });
  fireEvent.click(screen.getByRole("button", { name: "Create group" }));
  return onOpenChange;
}

describe("GroupDialog", () => {
  it("keeps the dialog and every input when Scale GP answered a wrong shape", async () => {
    const message = "Scale GP answered with an unexpected shape: name is missing (POST /v4/model-groups)";
    answer(502, { error: { code: "bad_gateway", message } });
    const onOpenChange = openDialog();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain(message));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Embedders");
    expect((screen.getByLabelText("Description") as HTMLTextAreaElement).value).toBe("All of them");
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
    expect(toasts.success).not.toHaveBeenCalled();
  });

  it("never toasts “undefined”, whatever the answer lacks", async () => {
    answer(200, { id: "g-1" });
    const onOpenChange = openDialog();
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(toasts.success).toHaveBeenCalledWith("Created group “Embedders”");
  });
});
