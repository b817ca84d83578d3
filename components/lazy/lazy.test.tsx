// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { lazyDialog } from "./lazy-dialog";
import { lazyMenu } from "./lazy-menu";

afterEach(cleanup);

function Loaded({ label, defaultOpen }: { label: string; defaultOpen?: boolean }) {
  return <p>{`${label} loaded, ${defaultOpen ? "open" : "closed"}`}</p>;
}

describe("lazyMenu", () => {
  it("shows the trigger, loads nothing until pressed, then mounts the real menu open", async () => {
    const load = vi.fn(async () => Loaded);
    const Menu = lazyMenu(load, ({ label }: { label: string }) => <button type="button">{label}</button>);
    render(<Menu label="Actions" />);
    expect(load).not.toHaveBeenCalled();
    fireEvent.pointerDown(screen.getByRole("button", { name: "Actions" }), { button: 0 });
    expect(await screen.findByText("Actions loaded, open")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("opens from the keyboard and ignores other keys", async () => {
    const Menu = lazyMenu(
      async () => Loaded,
      ({ label }: { label: string }) => <button type="button">{label}</button>,
    );
    render(<Menu label="Theme" />);
    const trigger = screen.getByRole("button", { name: "Theme" });
    fireEvent.keyDown(trigger, { key: "Tab" });
    expect(screen.queryByText(/loaded/)).toBeNull();
    fireEvent.keyDown(trigger, { key: "Enter" });
    expect(await screen.findByText("Theme loaded, open")).toBeTruthy();
  });
});

function FakeDialog({ open }: { open: boolean }) {
  return <p>{open ? "dialog open" : "dialog closed"}</p>;
}

describe("lazyDialog", () => {
  it("renders nothing while closed and mounts the dialog once opened", async () => {
    const load = vi.fn(async () => FakeDialog);
    const Dialog = lazyDialog(load);
    const view = render(<Dialog open={false} />);
    expect(view.container.textContent).toBe("");
    expect(load).not.toHaveBeenCalled();
    view.rerender(<Dialog open />);
    expect(await screen.findByText("dialog open")).toBeTruthy();
    // Stays mounted after closing, so its close animation can run.
    view.rerender(<Dialog open={false} />);
    expect(await screen.findByText("dialog closed")).toBeTruthy();
  });
});
