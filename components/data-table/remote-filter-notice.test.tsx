// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ConsoleProvider } from "@/components/shell/role-gate";
import type { ConsoleContext, ConsoleMode } from "@/lib/console-context";
import { RemoteFilterNotice, ignoredRemotely } from "./remote-filter-notice";

const context = (mode: ConsoleMode): ConsoleContext => ({
  mode,
  user: { id: "u1", email: "ada@example.com", name: "Ada" },
  accounts: [{ id: "a1", name: "Research", role: "admin" }],
  currentAccountId: "a1",
});
const REMOTE: ConsoleMode = { kind: "remote", url: "https://egp.example.com/api" };

function show(mode: ConsoleMode, resource: "models" | "templates", state: Record<string, unknown>) {
  render(
    <ConsoleProvider context={context(mode)}>
      <RemoteFilterNotice resource={resource} state={state} />
    </ConsoleProvider>,
  );
}

afterEach(cleanup);

describe("ignoredRemotely", () => {
  it("names only the active controls the EGP API lacks", () => {
    expect(
      ignoredRemotely("models", {
        q: "bert",
        model_type: "EMBEDDING",
        vendor: null,
        origin: "",
        sort: "name:asc",
      }),
    ).toEqual(["name search"]);
    expect(ignoredRemotely("templates", { q: "", model_type: "RERANKING", sort: "name:asc" })).toEqual([
      "type filter",
      "sorting",
    ]);
    expect(ignoredRemotely("deployments", { q: "", status: null, model: "m1" })).toEqual([]);
  });
});

describe("RemoteFilterNotice", () => {
  it("in remote mode, says which active controls did not narrow the list", () => {
    show(REMOTE, "models", { q: "bert", vendor: "OPENAI" });
    expect(screen.getByRole("status").textContent).toBe(
      "The EGP API has no name search or vendor filter for models, so these results are not narrowed by them. The embedded local server supports them.",
    );
  });

  it("stays silent in local mode and when nothing unsupported is active", () => {
    show({ kind: "local" }, "models", { q: "bert" });
    show(REMOTE, "models", { q: "", model_type: "EMBEDDING" });
    expect(screen.queryByRole("status")).toBeNull();
  });
});
