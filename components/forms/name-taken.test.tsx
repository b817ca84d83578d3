// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NameTaken } from "./name-taken";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const page = (items: { id: string; name: string; created_at: string }[]) =>
  new Response(
    JSON.stringify({ items, total_item_count: items.length, current_page: 1, items_per_page: 10 }),
    {
      headers: { "content-type": "application/json" },
    },
  );

function show(name: string, items: { id: string; name: string; created_at: string }[]) {
  const fetch = vi.fn(async (_input: RequestInfo | URL) => page(items));
  vi.stubGlobal("fetch", fetch);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <NameTaken kind="template" name={name} />
    </QueryClientProvider>,
  );
  return fetch;
}

const created_at = new Date().toISOString();

describe("the name-taken warning", () => {
  it("says which same-named template exists, by date and id", async () => {
    const fetch = show("rerank", [
      { id: "tpl-aaaa1111-x", name: "rerank", created_at },
      { id: "tpl-bbbb2222-y", name: "rerank-v2", created_at },
    ]);
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain("A template named “rerank” already exists");
    expect(status.textContent).toContain("id tpl-aaaa");
    expect(status.textContent).not.toContain("tpl-bbbb");
    expect(String(fetch.mock.calls[0]![0])).toContain("q=rerank");
  });

  it("stays quiet when only longer names contain it", async () => {
    const fetch = show("rerank", [{ id: "tpl-1", name: "rerank-v2", created_at }]);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    // Let the answer land and render before looking.
    await act(async () => {
      await fetch.mock.results[0]!.value;
    });
    expect(screen.queryByRole("status")).toBeNull();
  });
});
