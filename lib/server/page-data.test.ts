import { describe, expect, it, vi } from "vitest";
import { EgpError } from "../egp/errors";

const settle = vi.fn(async () => {});
vi.mock("../console-context", () => ({ pageEgp: async () => ({ egp: {}, settle }) }));

const { loadPageData, pageSubject, serverQuery } = await import("./page-data");

type Tagged<T> = Parameters<typeof serverQuery<T>>[0];
const key = <T>(...queryKey: string[]) => ({ queryKey }) as unknown as Tagged<T>;

describe("loadPageData", () => {
  it("sends loaded data under the client's keys as JSON text, keeping own __proto__ keys", async () => {
    const params = JSON.parse('{"__proto__":"x","a.b":1}') as object;
    const data = await loadPageData([
      serverQuery(key<object>("models", "detail", "m1"), async () => ({ params })),
      serverQuery(key<object>("templates", "detail", "t1"), async () => null),
    ]);
    expect(settle).toHaveBeenCalled();
    if (!data.ok) throw new Error(data.message);
    const state = JSON.parse(data.state) as { queries: { queryKey: unknown; state: { data: never } }[] };
    expect(state.queries.map((q) => q.queryKey)).toEqual([["models", "detail", "m1"]]);
    expect(Object.keys((state.queries[0]!.state.data as { params: object }).params)).toEqual([
      "__proto__",
      "a.b",
    ]);
  });

  it("answers the error page's message when the EGP API timed out, and leaves 4xx to the client", async () => {
    const timeout = new EgpError(0, null, "The EGP API did not answer within 400 ms");
    const refused = new EgpError(403, "Forbidden", "Forbidden");
    const data = await loadPageData([
      serverQuery(key("a"), () => Promise.reject(refused)),
      serverQuery(key("b"), () => Promise.reject(timeout)),
    ]);
    expect(data).toEqual({ ok: false, message: expect.stringContaining("did not answer") });
    const partial = await loadPageData([serverQuery(key("a"), () => Promise.reject(refused))]);
    expect(partial.ok && JSON.parse(partial.state).queries).toEqual([]);
  });

  it("answers 404 when the page's subject does not exist, and throws its other failures", async () => {
    await expect(loadPageData([pageSubject(key("m"), async () => null)])).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404/,
    );
    const bug = new TypeError("boom");
    await expect(loadPageData([pageSubject(key("m"), () => Promise.reject(bug))])).rejects.toBe(bug);
  });
});
