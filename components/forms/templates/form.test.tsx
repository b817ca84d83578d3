// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { templateRequestSchema, type TemplateRequest } from "@/lib/schemas/templates";
import { CROSS_ENCODER_TEMPLATE } from "@/lib/templates/fixtures";
import { requestToForm } from "@/lib/templates/form-values";
import { TemplateForm } from "./form";

// The live preview is RJSF behind next/dynamic; these tests are about the template form itself.
vi.mock("@/components/schema-form/lazy", () => ({ LazySchemaForm: () => null }));

afterEach(cleanup);

const request = templateRequestSchema.parse(CROSS_ENCODER_TEMPLATE);

function renderForm(onSubmit: (request: TemplateRequest) => Promise<void>) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <TemplateForm id="t" defaultValues={requestToForm(request)} onSubmit={onSubmit} />
    </QueryClientProvider>,
  );
  const form = document.getElementById("t") as HTMLFormElement;
  return { submit: () => act(async () => void fireEvent.submit(form)) };
}

describe("TemplateForm", () => {
  it("shows no error for a row left untouched, and clears an error on the keystroke that fixes it", async () => {
    renderForm(async () => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Add creation parameter" }));
    const rows = screen.getAllByRole("listitem", { name: /^creation parameter \d/ });
    const name = rows.at(-1)!.querySelector("input") as HTMLInputElement;
    // The new row has focus; leaving it (as a second click on Add does) must not raise an error.
    fireEvent.focus(name);
    fireEvent.blur(name);
    await act(async () => undefined);
    expect(name.getAttribute("aria-invalid")).toBe("false");

    // Submitted, the empty row is named as the problem; typing a name clears it at once.
    fireEvent.submit(document.getElementById("t") as HTMLFormElement);
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    fireEvent.change(name, { target: { value: "top_k" } });
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("false"));
  });

  it("submits the request the route expects", async () => {
    const onSubmit = vi.fn(async () => undefined);
    const { submit } = renderForm(onSubmit);
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(request);
  });

  it("puts a server's 422 details on the fields they name and keeps every input", async () => {
    const failure = new ApiError("unprocessable", "Some fields are not valid.", {
      details: [
        { path: ["name"], message: "A template with this name exists." },
        {
          path: ["vendor_configuration", "bundle_config", "env", "MODEL_NAME"],
          message: "Not allowed here.",
        },
        { path: ["vendor_configuration", "fine_tuning_job_bundle_config"], message: "Unsupported." },
      ],
    });
    const { submit } = renderForm(async () => {
      throw failure;
    });
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "renamed" } });
    await submit();

    const name = await screen.findByLabelText("Name");
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("A template with this name exists.")).toBeTruthy();
    expect(screen.getByLabelText("Variable 1 name").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Not allowed here.")).toBeTruthy();
    const summary = screen.getByText(/Some fields are not valid\./);
    expect(summary.textContent).toContain("vendor_configuration.fine_tuning_job_bundle_config: Unsupported.");
    expect((name as HTMLInputElement).value).toBe("renamed");
    expect((screen.getByLabelText("Registry") as HTMLInputElement).value).toBe(
      request.vendor_configuration.bundle_config.registry,
    );
  });

  it("blocks submitting while the JSON view has errors, and brings the reason into view", async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const onSubmit = vi.fn(async () => undefined);
    const { submit } = renderForm(onSubmit);
    fireEvent.mouseDown(screen.getByRole("tab", { name: "JSON" }));
    const editor = await screen.findByLabelText("model-template.json");
    expect((editor as HTMLTextAreaElement).value).toContain('"name": "cross-encoder-template"');
    fireEvent.change(editor, { target: { value: "{" } });
    await submit();
    expect(await screen.findByText(/Fix the JSON problems/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    const alert = screen.getByText(/Fix the JSON problems/).closest("[role=alert]");
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(scrolled).toHaveBeenCalled();
  });
});
