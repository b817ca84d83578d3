import { QueryClient } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { deploymentLogQueries, followInterval } from "./deployment-logs";

// The browser's view of the console API, simulated: each answer is the lines after `after`.
const lines = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    seq: from + i,
    at: "2026-01-01T00:00:00.000Z",
    level: "info" as const,
    message: `line ${from + i}`,
  }));
let epoch = "e1";
let held = lines(1, 3);
const asked: number[] = [];
const server = setupServer(
  http.get("http://console.test/api/models/m/deployments/d/logs", ({ request }) => {
    const after = Number(new URL(request.url).searchParams.get("after"));
    asked.push(after);
    const items = held.filter((l) => l.seq > after);
    return HttpResponse.json({ deployment_id: "d", items, last_seq: items.at(-1)?.seq ?? after, epoch });
  }),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  // The browser resolves the console API's paths against its origin; Node needs it said.
  const intercepted = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string, init?: RequestInit) =>
    intercepted(new URL(input, "http://console.test"), init),
  );
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  vi.unstubAllGlobals();
  server.close();
});

describe("deploymentLogQueries.detail", () => {
  test("reads only new lines, counts idle reads, and reads whole after a server restart", async () => {
    const client = new QueryClient();
    const options = deploymentLogQueries.detail("m", "d");
    const first = await client.fetchQuery({ ...options, staleTime: 0 });
    expect(first.items.map((l) => l.seq)).toEqual([1, 2, 3]);
    held = lines(1, 5);
    const second = await client.fetchQuery({ ...options, staleTime: 0 });
    expect(second.items.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5]);
    const third = await client.fetchQuery({ ...options, staleTime: 0 });
    expect(third.idleReads).toBe(1);
    expect(followInterval(1000, 10_000)({ state: { data: third } })).toBe(2000);
    epoch = "e2";
    held = lines(1, 2);
    const restarted = await client.fetchQuery({ ...options, staleTime: 0 });
    expect(restarted.items.map((l) => l.message)).toEqual(["line 1", "line 2"]);
    expect(asked).toEqual([0, 3, 5, 5, 0]);
  });
});
