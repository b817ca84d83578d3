// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { SeedQueries } from "./seed-queries";

afterEach(cleanup);

describe("SeedQueries", () => {
  it("seeds the cache from JSON text, keeping __proto__ keys, and never replaces newer data", () => {
    const client = new QueryClient();
    client.setQueryData(["newer"], { v: "client" }, { updatedAt: 2_000 });
    render(
      <QueryClientProvider client={client}>
        <SeedQueries
          entries={[
            {
              queryKey: ["d"],
              json: '{"model_creation_parameters":{"__proto__":"x","a.b":1}}',
              updatedAt: 1_000,
            },
            { queryKey: ["newer"], json: '{"v":"server"}', updatedAt: 1_000 },
          ]}
        >
          <p>child</p>
        </SeedQueries>
      </QueryClientProvider>,
    );
    const seeded = client.getQueryData<{ model_creation_parameters: object }>(["d"]);
    expect(Object.keys(seeded!.model_creation_parameters)).toEqual(["__proto__", "a.b"]);
    expect(client.getQueryData(["newer"])).toEqual({ v: "client" });
  });
});
