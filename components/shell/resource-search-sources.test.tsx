// @vitest-environment jsdom
import { cleanup, render, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { useRegisteredCommandSources } from "./command-sources";
import { ResourceSearchSources } from "./resource-search-sources";

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
