// @vitest-environment jsdom
import { QueryClient, QueryObserver, focusManager, type Query } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pollUntilFinal } from "./polling";

type Data = { status: string }[];
let clock = 0;
const fake = (hash: string, data: Data | undefined, status: "success" | "error" = "success") =>
  ({ queryHash: hash, state: { data, status, dataUpdatedAt: ++clock } }) as unknown as Query<
    Data,
    Error,
    Data,
    readonly unknown[]
  >;

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

  it("counts one answer once, however many observers ask", () => {
    const same = fake("f", [{ status: "UPDATE_PENDING" }]);
    expect([interval(same), interval(same), interval(same)]).toEqual([1000, 1000, 1000]);
    expect(interval(fake("f", [{ status: "UPDATE_PENDING" }]))).toBe(2000);
  });

  it("stops when every status is final, and on errors", () => {
    expect(interval(fake("c", [{ status: "READY" }, { status: "UPDATE_FAILED" }]))).toBe(false);
    expect(interval(fake("d", [{ status: "UPDATE_PENDING" }], "error"))).toBe(false);
    expect(interval(fake("e", []))).toBe(false);
  });
});

describe("pollUntilFinal with a real QueryClient", () => {
  afterEach(() => vi.useRealTimers());

  it("two observers of one deployment poll as one and stop at READY", async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const answers = ["UPDATE_PENDING", "UPDATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "READY"];
    let calls = 0;
    const options = {
      queryKey: ["deployments", "detail", "d1"],
      queryFn: async () => ({ status: answers[Math.min(calls++, answers.length - 1)] }),
      refetchInterval: pollUntilFinal<{ status: string }>((d) => [d.status]),
    };
    const observers = [new QueryObserver(client, options), new QueryObserver(client, options)];
    const stops = observers.map((o) => o.subscribe(() => {}));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(4);
    expect(client.getQueryData<{ status: string }>(options.queryKey)?.status).toBe("READY");
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toBe(4);
    stops.forEach((stop) => stop());
    client.clear();
  });

  it("makes no requests while the tab is hidden", async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    let calls = 0;
    const observer = new QueryObserver(client, {
      queryKey: ["deployments", "detail", "d2"],
      queryFn: async () => (calls++, { status: "UPDATE_IN_PROGRESS" }),
      refetchInterval: pollUntilFinal<{ status: string }>((d) => [d.status]),
    });
    const stop = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(10);
    focusManager.setFocused(false);
    const before = calls;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toBe(before);
    focusManager.setFocused(undefined);
    stop();
    client.clear();
  });
});
