// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { GroupForm } from "./form";

afterEach(cleanup);

function renderForm(onSubmit: (values: unknown) => Promise<void>) {
  render(
    <>
      <GroupForm id="group" defaultValues={{ name: "", description: "" }} onSubmit={onSubmit} />
      <button type="submit" form="group">
        Save
      </button>
    </>,
  );
  fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Embedders" } });
  fireEvent.change(screen.getByLabelText("Description"), { target: { value: "All of them" } });
  fireEvent.click(screen.getByRole("button", { name: "Save" }));
}

describe("GroupForm", () => {
  it("blocks an empty name on the client with the schema's message", async () => {
    const onSubmit = vi.fn();
    render(<GroupForm id="group" defaultValues={{ name: "", description: "" }} onSubmit={onSubmit} />);
    fireEvent.submit(screen.getByLabelText("Name").closest("form")!);
    expect(await screen.findByText("Name the group.")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("puts server field errors on their fields and keeps every input", async () => {
    renderForm(async () => {
      throw new ApiError("unprocessable", "Some fields are not valid.", {
        details: [{ path: ["name"], message: "A group with this name exists." }],
      });
    });
    expect(await screen.findByText("A group with this name exists.")).toBeTruthy();
    expect(screen.getByLabelText("Name").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Embedders");
    expect((screen.getByLabelText("Description") as HTMLTextAreaElement).value).toBe("All of them");
  });

  it("shows an error no field owns above the form", async () => {
    renderForm(async () => {
      throw new ApiError("forbidden", "This needs the member role; you are viewer in this account.");
    });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("needs the member role"));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Embedders");
  });
});
