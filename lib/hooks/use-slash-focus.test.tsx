// @vitest-environment jsdom
import { useRef } from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useSlashFocus } from "./use-slash-focus";

function Page() {
  const ref = useRef<HTMLInputElement>(null);
  useSlashFocus(ref);
  return (
    <>
      <input aria-label="Search" ref={ref} />
      <textarea aria-label="Notes" />
    </>
  );
}

afterEach(cleanup);

describe("useSlashFocus", () => {
  it("focuses the search input when / is pressed on the page", () => {
    render(<Page />);
    fireEvent.keyDown(document.body, { key: "/" });
    expect(document.activeElement).toBe(screen.getByLabelText("Search"));
  });

  it("leaves / alone while the user types in another field", () => {
    render(<Page />);
    const notes = screen.getByLabelText("Notes");
    notes.focus();
    fireEvent.keyDown(notes, { key: "/" });
    expect(document.activeElement).toBe(notes);
  });
});
