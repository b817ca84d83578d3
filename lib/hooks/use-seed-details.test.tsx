// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useSeedDetails } from "./use-seed-details";

type Row = { id: string; name: string };
const keyOf = (row: Row) => ["things", "detail", row.id];

function setup(items: Row[], client: QueryClient) {
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useSeedDetails(items, keyOf, 1234), { wrapper });
}

describe("useSeedDetails", () => {
  it("fills missing detail queries from list rows with the list's timestamp", () => {
    const client = new QueryClient();
    setup([{ id: "a", name: "Alpha" }], client);
    expect(client.getQueryData(["things", "detail", "a"])).toEqual({ id: "a", name: "Alpha" });
    expect(client.getQueryState(["things", "detail", "a"])?.dataUpdatedAt).toBe(1234);
  });

  it("never overwrites a detail that is already cached (it may be newer or richer)", () => {
    const client = new QueryClient();
    client.setQueryData(["things", "detail", "a"], { id: "a", name: "Fresh" });
    setup([{ id: "a", name: "Alpha" }], client);
    expect(client.getQueryData(["things", "detail", "a"])).toEqual({ id: "a", name: "Fresh" });
  });
});
