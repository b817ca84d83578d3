// @vitest-environment jsdom
import { cleanup, render, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { useRegisteredCommandSources } from "./command-sources";
import { ResourceSearchSources, setApart } from "./resource-search-sources";

afterEach(cleanup);

const ids = () => renderHook(() => useRegisteredCommandSources()).result.current.map((source) => source.id);

describe("ResourceSearchSources", () => {
  it("registers the four resource sources once, however many times it is mounted", () => {
    const layout = render(<ResourceSearchSources />);
    const page = render(<ResourceSearchSources />);
    expect(ids().sort()).toEqual(["deployments", "groups", "models", "templates"]);

    page.unmount();
    expect(ids()).toHaveLength(4);
    layout.unmount();
    expect(ids()).toEqual([]);
  });
});

describe("same-named results", () => {
  const now = new Date().toISOString();
  const toResult = (t: { id: string; name: string }) => ({
    id: t.id,
    label: t.name,
    description: "reranking",
    href: "#",
  });

  it("say their tag, age and id; a unique name keeps its description", () => {
    const items = [
      { id: "aaaaaaaa-1", name: "rerank", created_at: now, tag: "1.0" },
      { id: "bbbbbbbb-2", name: "rerank", created_at: now, tag: "2.0" },
      { id: "cccccccc-3", name: "embed", created_at: now, tag: "1.0" },
    ];
    const results = setApart(items, toResult, (t) => t.tag);
    expect(results[0]!.description).toMatch(/^tag 1\.0 · .+ · id aaaaaaaa$/);
    expect(results[1]!.description).toMatch(/^tag 2\.0 · .+ · id bbbbbbbb$/);
    expect(results[2]!.description).toBe("reranking");
  });
});
