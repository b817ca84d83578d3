import type { Query } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { pollUntilFinal } from "./polling";

type Data = { status: string }[];
const fake = (hash: string, data: Data | undefined, status: "success" | "error" = "success") =>
  ({ queryHash: hash, state: { data, status } }) as unknown as Query<Data, Error, Data, readonly unknown[]>;

describe("pollUntilFinal", () => {
  const interval = pollUntilFinal<Data>((d) => d.map((x) => x.status));

  it("backs off 1 s → 10 s while nothing changes", () => {
    const data = [{ status: "UPDATE_IN_PROGRESS" }];
    const steps = Array.from({ length: 6 }, () => interval(fake("a", data)));
    expect(steps).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("starts fast again when a status moves", () => {
    interval(fake("b", [{ status: "UPDATE_PENDING" }]));
    interval(fake("b", [{ status: "UPDATE_PENDING" }]));
    expect(interval(fake("b", [{ status: "UPDATE_IN_PROGRESS" }]))).toBe(1000);
  });

  it("stops when every status is final, and on errors", () => {
    expect(interval(fake("c", [{ status: "READY" }, { status: "UPDATE_FAILED" }]))).toBe(false);
    expect(interval(fake("d", [{ status: "UPDATE_PENDING" }], "error"))).toBe(false);
    expect(interval(fake("e", []))).toBe(false);
  });
});
