// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { FormSection } from "./form-section";

afterEach(cleanup);

describe("FormSection", () => {
  it("is a group named by its heading, with its fields inside", () => {
    render(
      <FormSection title="Model" description="How it is named.">
        <input aria-label="Name" />
      </FormSection>,
    );
    const group = screen.getByRole("group", { name: "Model" });
    expect(screen.getByRole("heading", { level: 2, name: "Model" })).toBeTruthy();
    expect(group.contains(screen.getByRole("textbox", { name: "Name" }))).toBe(true);
  });

  it("shows a dialog form's failure above its fields, and no frame without a title", () => {
    render(
      <FormSection error="Name is taken">
        <input aria-label="Name" />
      </FormSection>,
    );
    expect(screen.getByRole("alert").textContent).toBe("Name is taken");
    expect(screen.queryByRole("group", { name: /./ })).toBeNull();
  });
});
