// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataTablePagination } from "./data-table-pagination";

afterEach(cleanup);

function footer(page: number, total: number, limit = 25) {
  const onPageChange = vi.fn();
  render(
    <DataTablePagination
      page={page}
      limit={limit}
      total={total}
      onPageChange={onPageChange}
      onLimitChange={vi.fn()}
    />,
  );
  return onPageChange;
}

describe("the list footer", () => {
  it("reads right on a page past the last one, and leads back", () => {
    const onPageChange = footer(99, 4);
    expect(screen.getByText("None of 4 on this page")).toBeTruthy();
    expect(screen.getByText("Past the last page (1)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Last page" }));
    expect(onPageChange).toHaveBeenLastCalledWith(1);
    fireEvent.click(screen.getByRole("button", { name: "Previous page" }));
    expect(onPageChange).toHaveBeenLastCalledWith(1);
  });

  it("on a real page shows its range and count", () => {
    footer(2, 30, 10);
    expect(screen.getByText("11–20 of 30")).toBeTruthy();
    expect(screen.getByText("Page 2 of 3")).toBeTruthy();
  });
});
