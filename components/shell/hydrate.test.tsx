// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, dehydrate } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { Hydrate } from "./hydrate";

afterEach(cleanup);

describe("Hydrate", () => {
  it("seeds the cache from JSON text, keeping __proto__ keys, and never replaces newer data", () => {
    const server = new QueryClient();
    server.setQueryData(["d"], JSON.parse('{"model_creation_parameters":{"__proto__":"x","a.b":1}}'), {
      updatedAt: 1_000,
    });
    server.setQueryData(["newer"], { v: "server" }, { updatedAt: 1_000 });
    const client = new QueryClient();
    client.setQueryData(["newer"], { v: "client" }, { updatedAt: 2_000 });
    render(
      <QueryClientProvider client={client}>
        <Hydrate state={JSON.stringify(dehydrate(server))}>
          <p>child</p>
        </Hydrate>
      </QueryClientProvider>,
    );
    const seeded = client.getQueryData<{ model_creation_parameters: object }>(["d"]);
    expect(Object.keys(seeded!.model_creation_parameters)).toEqual(["__proto__", "a.b"]);
    expect(client.getQueryData(["newer"])).toEqual({ v: "client" });
  });
});
