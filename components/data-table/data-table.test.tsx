// @vitest-environment jsdom
import type { UseQueryResult } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import type { Page } from "@/lib/egp/types";
import { DataTable } from "./data-table";
import { nameColumn } from "./name-column";
import type { DataTableColumn } from "./types";

const router = vi.hoisted(() => ({ push: vi.fn(), prefetch: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

type Row = { id: string; name: string };
const columns: DataTableColumn<Row>[] = [
  { id: "name", header: "Name", sortField: "name", cell: (row) => <a href={`#${row.id}`}>{row.name}</a> },
  { id: "size", header: "Size", cell: () => "1" },
];

// safe because DataTable reads only these fields of the query result
const queryOf = (fields: Partial<UseQueryResult<Page<Row>, Error>>) =>
  ({
    isPending: false,
    isError: false,
    isFetching: false,
    isPlaceholderData: false,
    refetch: vi.fn(),
    ...fields,
  }) as UseQueryResult<Page<Row>, Error>;

function renderTable(
  query: UseQueryResult<Page<Row>, Error>,
  props: { sort?: string | null; onSortChange?: () => void } = {},
) {
  return render(
    <DataTable
      label="Things"
      columns={columns}
      query={query}
      getRowId={(row) => row.id}
      getRowHref={(row) => `/x/${row.id}`}
      sort={props.sort ?? null}
      onSortChange={props.onSortChange ?? vi.fn()}
      empty={<p>Nothing yet</p>}
    />,
  );
}

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe("DataTable", () => {
  it("shows the server's message and retries on request", async () => {
    const refetch = vi.fn();
    const error = new ApiError("upstream_unavailable", "The EGP server did not answer.");
    renderTable(queryOf({ isError: true, error, refetch }));
    expect((await screen.findByRole("alert")).textContent).toContain("The EGP server did not answer.");
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it("renders the empty node when the page has no rows", () => {
    renderTable(queryOf({ data: { items: [], total_item_count: 0, current_page: 1, items_per_page: 25 } }));
    expect(screen.getByText("Nothing yet")).toBeTruthy();
  });

  it("sorts from the header and reports the current order with aria-sort", () => {
    const onSortChange = vi.fn();
    renderTable(queryOf({ data: { items: [], total_item_count: 0, current_page: 1, items_per_page: 25 } }), {
      sort: "name:asc",
      onSortChange,
    });
    const header = screen.getByRole("columnheader", { name: /Name/ });
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByRole("button", { name: /Name/ }));
    expect(onSortChange).toHaveBeenCalledWith("name:desc");
  });

  it("opens a row's page on a click outside its links", () => {
    const rows = [{ id: "a1", name: "Alpha" }];
    renderTable(queryOf({ data: { items: rows, total_item_count: 1, current_page: 1, items_per_page: 25 } }));
    fireEvent.click(screen.getByText("1"));
    expect(router.push).toHaveBeenCalledWith("/x/a1");
    router.push.mockClear();
    fireEvent.click(screen.getByRole("link", { name: "Alpha" }));
    expect(router.push).not.toHaveBeenCalled();
  });

  it("rows whose name another row shares say what sets them apart, read with their link", () => {
    type Template = { id: string; name: string; created_at: string; tag: string };
    const templates: Template[] = [
      { id: "aaaaaaaa-1111", name: "rerank", created_at: new Date().toISOString(), tag: "1.0" },
      { id: "bbbbbbbb-2222", name: "embed", created_at: new Date().toISOString(), tag: "1.0" },
      { id: "cccccccc-3333", name: "rerank", created_at: new Date().toISOString(), tag: "2.0" },
    ];
    const query = queryOf({
      data: { items: templates, total_item_count: 3, current_page: 1, items_per_page: 25 },
    });
    render(
      <DataTable<Template>
        label="Templates"
        columns={[
          nameColumn<Template>({ href: (t) => `/t/${t.id}`, title: (t) => t.name, tag: (t) => t.tag }),
        ]}
        query={query as unknown as UseQueryResult<Page<Template>, Error>}
        getRowId={(t) => t.id}
        sort={null}
        onSortChange={vi.fn()}
        empty={null}
      />,
    );
    const [first, second] = screen.getAllByRole("link", { name: "rerank" });
    expect(first!.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(first!.getAttribute("aria-describedby")!)!.textContent).toMatch(
      /^Same name as another row: tag 1\.0 · just now · id aaaaaaaa$/,
    );
    expect(document.getElementById(second!.getAttribute("aria-describedby")!)!.textContent).toMatch(
      /tag 2\.0 · just now · id cccccccc$/,
    );
    const unique = screen.getByRole("link", { name: "embed" });
    expect(unique.hasAttribute("aria-describedby")).toBe(false);
    expect(unique.closest("td")!.textContent).toBe("embed");
  });
});
