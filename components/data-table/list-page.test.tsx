// @vitest-environment jsdom
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider, type UseQueryResult } from "@tanstack/react-query";
import { cleanup, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { parseAsString } from "nuqs";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ConsoleProvider } from "@/components/shell/role-gate";
import type { ConsoleContext } from "@/lib/console-context";
import type { Page } from "@/lib/egp/types";
import { ListPage } from "./list-page";
import { ListSection } from "./list-section";
import { listSearchParams } from "./search-params";
import type { DataTableColumn } from "./types";
import type { ListControls } from "./use-list-page";
import { useResourceList } from "./use-resource-list";

const router = vi.hoisted(() => ({ push: vi.fn(), prefetch: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

type Row = { id: string; name: string };
const columns: DataTableColumn<Row>[] = [{ id: "name", header: "Name", cell: (row) => row.name }];
const page = (items: Row[]): Page<Row> => ({
  items,
  total_item_count: items.length,
  current_page: 1,
  items_per_page: 25,
});
// safe because ListSection and DataTable read only these fields of the query result
const queryOf = (data: Page<Row>) =>
  ({
    data,
    isPending: false,
    isError: false,
    isFetching: false,
    refetch: vi.fn(),
  }) as unknown as UseQueryResult<Page<Row>, Error>;
const controls = (overrides: Partial<ListControls> = {}): ListControls => ({
  state: { page: 1, limit: 25, sort: null },
  filtered: false,
  onReset: vi.fn(),
  onSortChange: vi.fn(),
  onFirstPage: vi.fn(),
  onPageChange: vi.fn(),
  onLimitChange: vi.fn(),
  ...overrides,
});

const LOCAL: ConsoleContext = {
  mode: { kind: "local" },
  user: { id: "u1", email: "ada@example.com", name: "Ada" },
  accounts: [{ id: "a1", name: "Local", role: "admin" }],
  currentAccountId: "a1",
};
const inConsole = ({ children }: { children: ReactNode }) => (
  <ConsoleProvider context={LOCAL}>{children}</ConsoleProvider>
);

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe("ListPage", () => {
  it("a one-page list (no URL state) shows its rows and its own empty state, with no page footer", () => {
    const { rerender } = render(
      <ListPage
        title="Users"
        description="Who"
        query={queryOf(page([{ id: "u1", name: "ada" }]))}
        columns={columns}
        empty={<p>No users</p>}
      />,
      { wrapper: inConsole },
    );
    expect(screen.getByRole("heading", { level: 1, name: "Users" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Users" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "Users" }).textContent).toContain("ada");
    expect(screen.queryByRole("navigation", { name: "Pagination" })).toBeNull();

    rerender(
      <ListPage
        title="Users"
        description="Who"
        query={queryOf(page([]))}
        columns={columns}
        empty={<p>No users</p>}
      />,
    );
    expect(screen.getByText("No users")).toBeTruthy();
  });

  it("a filtered paged list with no rows offers to clear the filters, and has a page footer", async () => {
    const list = controls({ filtered: true });
    render(
      <ListPage
        title="Fine-tuning"
        label="Fine-tuning jobs"
        description="Train"
        list={list}
        query={queryOf(page([]))}
        columns={columns}
        noun="jobs"
        filters={<span>status filter</span>}
        empty={<p>No jobs yet</p>}
      />,
      { wrapper: inConsole },
    );
    expect(screen.getByRole("table", { name: "Fine-tuning jobs" })).toBeTruthy();
    expect(await screen.findByText("No jobs match")).toBeTruthy();
    expect(screen.queryByText("No jobs yet")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Clear search and filters" }));
    expect(list.onReset).toHaveBeenCalledOnce();
    // The filters sit in a toolbar whose Reset shows because something is filtered.
    expect(screen.getByRole("search").textContent).toContain("status filter");
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(list.onReset).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole("navigation", { name: "Pagination" })).toBeTruthy();
  });
});

describe("ListSection", () => {
  it("past the last page leads back to the first, and hides its footer when asked", async () => {
    const list = controls({ state: { page: 4, limit: 25, sort: null } });
    render(
      <ListSection
        label="Models in this group"
        heading={<h2>Models in this group</h2>}
        list={list}
        query={queryOf(page([]))}
        columns={columns}
        noun="models"
        empty={<p>Empty group</p>}
        paginate={false}
      />,
    );
    expect(await screen.findByText("Nothing on page 4")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Go to the first page" }));
    expect(list.onFirstPage).toHaveBeenCalledOnce();
    expect(screen.queryByRole("navigation", { name: "Pagination" })).toBeNull();
  });
});

describe("useResourceList", () => {
  it("fetches the page for the URL state and seeds each row's detail query", async () => {
    const queryClient = new QueryClient();
    const fetched: unknown[] = [];
    const parsers = { ...listSearchParams(["name"]), status: parseAsString };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <NuqsTestingAdapter searchParams="?q=re&status=READY">
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </NuqsTestingAdapter>
    );
    const detail = (row: Row) => ({
      queryKey: ["things", "detail", row.id] as const,
      queryFn: async () => row,
    });
    const href = (row: Row) => `/things/${row.id}`;
    const { result } = renderHook(
      () =>
        useResourceList({
          parsers,
          cleared: { q: null, status: null, page: null },
          query: (state) => ({
            queryKey: ["things", "list", state] as const,
            queryFn: async () => {
              fetched.push(state);
              return page([{ id: "t1", name: "rerank" }]);
            },
          }),
          detail,
          href,
        }),
      { wrapper },
    );
    expect(result.current.list.filtered).toBe(true);
    expect(result.current.getRowHref).toBe(href);
    await waitFor(() => expect(result.current.query.data?.items).toHaveLength(1));
    expect(fetched).toEqual([{ page: 1, limit: 25, q: "re", sort: null, status: "READY" }]);
    expect(queryClient.getQueryData(["things", "detail", "t1"])).toEqual({ id: "t1", name: "rerank" });
    result.current.onRowIntent!({ id: "t1", name: "rerank" });
    expect(router.prefetch).toHaveBeenCalledWith("/things/t1");
  });

  it("without a detail query, rows are not seeded and have no hover intent", async () => {
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <NuqsTestingAdapter searchParams="">
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </NuqsTestingAdapter>
    );
    const { result } = renderHook(
      () =>
        useResourceList({
          parsers: listSearchParams([]),
          cleared: { q: null, page: null },
          query: () => ({
            queryKey: ["plain"] as const,
            queryFn: async () => page([{ id: "p1", name: "x" }]),
          }),
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.query.data).toBeDefined());
    expect(result.current.list.filtered).toBe(false);
    expect(result.current.onRowIntent).toBeUndefined();
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.queryKey),
    ).toEqual([["plain"]]);
  });
});
