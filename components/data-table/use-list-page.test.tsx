// @vitest-environment jsdom
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import { parseAsString } from "nuqs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listSearchParams } from "./search-params";
import { useListPage, useRowIntent } from "./use-list-page";

const router = { prefetch: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const parsers = { ...listSearchParams(["name"]), status: parseAsString };
const CLEARED = { q: null, status: null, page: null };

function setup(search: string) {
  const updates: UrlUpdateEvent[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NuqsTestingAdapter searchParams={search} onUrlUpdate={(event) => updates.push(event)}>
      {children}
    </NuqsTestingAdapter>
  );
  const { result } = renderHook(() => useListPage(parsers, CLEARED), { wrapper });
  const last = () => {
    const event = updates.at(-1)!;
    return { query: event.queryString, history: event.options.history };
  };
  return { result, last };
}

afterEach(cleanup);

describe("useListPage", () => {
  it("reads the URL with the list defaults", () => {
    const { result } = setup("?q=bert&sort=name:desc&status=READY");
    expect(result.current.state).toEqual({
      page: 1,
      limit: 25,
      q: "bert",
      sort: "name:desc",
      status: "READY",
    });
  });

  it("searching replaces the history entry and goes back to page 1", async () => {
    const { result, last } = setup("?page=3&q=a");
    await act(() => result.current.onSearch("ab"));
    expect(last()).toEqual({ query: "?q=ab", history: "replace" });
    await act(() => result.current.onSearch(""));
    expect(last().query).toBe("");
  });

  it("filters, sorting and page size push a history entry and reset the page; paging keeps the rest", async () => {
    const { result, last } = setup("?page=4&q=a");
    await act(() => result.current.onFilter({ status: "FAILED" }));
    expect(last()).toEqual({ query: "?q=a&status=FAILED", history: "push" });
    await act(() => result.current.onSortChange("name:asc"));
    expect(last().query).toContain("sort=name:asc");
    expect(last().query).not.toContain("page=");
    await act(() => result.current.onPageChange(2));
    expect(last().query).toContain("page=2");
    await act(() => result.current.onLimitChange(50));
    expect(last().query).toContain("limit=50");
    expect(last().query).not.toContain("page=");
  });

  it("reset clears search and filters but keeps sort and page size", async () => {
    const { result, last } = setup("?page=2&q=a&status=READY&sort=name:asc&limit=50");
    await act(() => result.current.onReset());
    expect(Object.fromEntries(new URLSearchParams(last().query))).toEqual({ limit: "50", sort: "name:asc" });
  });

  it("the empty state's way back goes to page 1 and keeps the filters", async () => {
    const { result, last } = setup("?page=9&status=READY");
    await act(() => result.current.onFirstPage());
    expect(last().query).toBe("?status=READY");
  });
});

describe("useRowIntent", () => {
  it("prefetches the row's detail query and route, and skips rows without one", async () => {
    const queryClient = new QueryClient();
    const queryFn = vi.fn(async () => ({ id: "m1" }));
    const detail = (row: { id: string | null }) =>
      row.id ? { queryKey: ["models", "detail", row.id] as const, queryFn } : null;
    const href = (row: { id: string | null }) => `/models/${row.id}`;
    const { result } = renderHook(() => useRowIntent(detail, href), {
      wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
    });
    result.current({ id: null });
    expect(router.prefetch).not.toHaveBeenCalled();
    result.current({ id: "m1" });
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(["models", "detail", "m1"])).toEqual({ id: "m1" }),
    );
    expect(router.prefetch).toHaveBeenCalledWith("/models/m1");
  });
});
