// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { AddUserDialog } from "./add-dialog";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function answer(body: unknown) {
  const fetchMock = vi.fn(async () => Response.json(body));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function renderDialog() {
  const onOpenChange = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AddUserDialog open onOpenChange={onOpenChange} />
    </QueryClientProvider>,
  );
  return onOpenChange;
}

async function addAna() {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: "ana@example.test" } });
  fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Add user" }));
}

describe("AddUserDialog", () => {
  it("posts email and role, then shows a new user's key once with a copy button", async () => {
    const fetchMock = answer({
      user_id: "u1",
      email: "ana@example.test",
      role: "viewer",
      account_id: "a",
      created: true,
      api_key: "egp_new_key_for_ana",
    });
    const onOpenChange = renderDialog();
    await addAna();
    expect((await screen.findByTestId("new-api-key")).textContent).toBe("egp_new_key_for_ana");
    expect(screen.getByRole("button", { name: "Copy key" })).toBeTruthy();
    expect(screen.getByRole("dialog", { name: "Added ana@example.test" })).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/users");
    expect(JSON.parse(String(init.body))).toEqual({ email: "ana@example.test", role: "viewer" });
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("closes without a key when the user already existed", async () => {
    answer({
      user_id: "u1",
      email: "ana@example.test",
      role: "viewer",
      account_id: "a",
      created: false,
      api_key: null,
    });
    const onOpenChange = renderDialog();
    await addAna();
    await vi.waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(screen.queryByTestId("new-api-key")).toBeNull();
  });
});
