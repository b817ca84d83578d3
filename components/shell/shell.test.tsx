// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { TooltipProvider } from "@/components/ui/tooltip";
import { CommandPalette } from "./command-palette";
import { registerCommandSource } from "./command-sources";
import type { ConsoleContext } from "@/lib/console-context";
import { NavLinks } from "./nav-links";
import { ConsoleProvider } from "./role-gate";

const navigation = vi.hoisted(() => ({ pathname: "/", push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({
  usePathname: () => navigation.pathname,
  useRouter: () => ({ push: navigation.push, refresh: navigation.refresh }),
}));

function renderWithProviders(ui: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <TooltipProvider>{ui}</TooltipProvider>
    </QueryClientProvider>,
  );
}

beforeAll(() => {
  // cmdk scrolls the selected item into view; jsdom has no layout, so no scrollIntoView.
  Element.prototype.scrollIntoView ??= () => {};
});
beforeEach(() => {
  navigation.push.mockReset();
});
afterEach(cleanup);

describe("sidebar navigation", () => {
  it("marks the current section as the page, including its sub-pages", () => {
    navigation.pathname = "/deployments/dep_123";
    renderWithProviders(<NavLinks />);
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Deployments" }).getAttribute("aria-current")).toBe("page");
    const others = within(nav)
      .getAllByRole("link")
      .filter((link) => link.getAttribute("aria-current") === "page");
    expect(others).toHaveLength(1);
  });

  it("keeps every item reachable by name when collapsed to icons", () => {
    navigation.pathname = "/models";
    renderWithProviders(<NavLinks collapsed />);
    expect(screen.getByRole("link", { name: "Models" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Playground" }).hasAttribute("aria-current")).toBe(false);
  });
});

describe("Users in the sidebar", () => {
  const context = (role: string, mode: ConsoleContext["mode"] = { kind: "local" }): ConsoleContext => ({
    mode,
    user: { id: "u", email: "a@example.test", name: null },
    accounts: [{ id: "acc", name: "Acc", role }],
    currentAccountId: "acc",
  });
  const usersLink = (ctx: ConsoleContext) => {
    navigation.pathname = "/models";
    renderWithProviders(
      <ConsoleProvider context={ctx}>
        <NavLinks />
      </ConsoleProvider>,
    );
    const link = screen.queryByRole("link", { name: "Users" });
    cleanup();
    return link !== null;
  };

  it("shows to admins in local mode only", () => {
    expect(usersLink(context("admin"))).toBe(true);
    expect(usersLink(context("member"))).toBe(false);
    expect(usersLink(context("viewer"))).toBe(false);
    expect(usersLink(context("admin", { kind: "remote", url: "https://egp.example" }))).toBe(false);
  });
});

describe("command palette", () => {
  it("opens on Ctrl+K and navigates to the chosen page", async () => {
    renderWithProviders(<CommandPalette />);
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.keyDown(document, { key: "k", ctrlKey: true });
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByText("Templates"));
    expect(navigation.push).toHaveBeenCalledWith("/templates");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("lists results from a registered async search source", async () => {
    const search = vi.fn(async (query: string) => [
      { id: "m1", label: `llama ${query}`, href: "/models/m1" },
    ]);
    const unregister = registerCommandSource({ id: "models", heading: "Models by name", search });
    try {
      renderWithProviders(<CommandPalette />);
      fireEvent.keyDown(document, { key: "K", metaKey: true });
      fireEvent.change(await screen.findByPlaceholderText("Type a command or search…"), {
        target: { value: "3b" },
      });
      expect(await screen.findByText("llama 3b", {}, { timeout: 2000 })).toBeTruthy();
      expect(search).toHaveBeenCalledWith("3b", expect.any(AbortSignal));
      await act(async () => fireEvent.click(screen.getByText("llama 3b")));
      expect(navigation.push).toHaveBeenCalledWith("/models/m1");
    } finally {
      unregister();
    }
  });
});
