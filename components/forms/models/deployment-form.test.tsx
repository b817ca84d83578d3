// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import type { ParameterSchema } from "@/lib/egp/types";
import { DeploymentForm } from "./deployment-form";

// The lazy wrapper only defers loading; the form under test is the same.
vi.mock("@/components/schema-form", async () => {
  const { SchemaForm } = await import("@/components/schema-form/schema-form");
  return { LazySchemaForm: SchemaForm };
});

afterEach(cleanup);

const param = (name: string) => ({ name, type: "str", description: name, required: false });
const schema = { parameters: ["BASE_URL", "MODEL", "API_KEY"].map(param) } as unknown as ParameterSchema;
const model = { BASE_URL: "http://10.0.0.5:8000/v1", MODEL: "m", API_KEY: "********" };
const HINT = "Changed: re-enter API_KEY too. A stored API_KEY is not sent to a new URL.";

function setup(onSubmit = vi.fn(async () => {})) {
  render(
    <DeploymentForm
      schema={schema}
      defaultValues={{ name: "d" }}
      defaultParameters={{ BASE_URL: model.BASE_URL, MODEL: "m" }}
      inheritedParameters={model}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return onSubmit;
}

describe("DeploymentForm and a stored API_KEY", () => {
  it("says to re-enter API_KEY once BASE_URL changes, and stops once it is typed", async () => {
    setup();
    expect(screen.queryByText(HINT)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^BASE_URL/), { target: { value: "http://other:1/v1" } });
    expect(await screen.findByText(HINT)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^API_KEY/), { target: { value: "sk-new" } });
    await waitFor(() => expect(screen.queryByText(HINT)).toBeNull());
  });

  it("shows the server's refusal on the BASE_URL field", async () => {
    const message = "BASE_URL changed: re-enter API_KEY in the same request.";
    setup(
      vi.fn(async () => {
        throw new ApiError("unprocessable", "Some fields are not valid.", {
          details: [{ path: ["model_creation_parameters", "BASE_URL"], message }],
        });
      }),
    );
    fireEvent.change(screen.getByLabelText(/^BASE_URL/), { target: { value: "http://other:1/v1" } });
    fireEvent.click(screen.getByRole("button", { name: "Deploy" }));
    expect(await screen.findByText(message)).toBeTruthy();
    const field = screen.getByLabelText(/^BASE_URL/) as HTMLInputElement;
    expect(field.value).toBe("http://other:1/v1");
    // On the field: the input is described by the error (and by the hint), as a screen reader reads it.
    expect(field.getAttribute("aria-describedby")).toContain(`${field.id}__error`);
    expect(document.getElementById(`${field.id}__error`)?.textContent).toBe(message);
    expect(document.getElementById(`${field.id}__help`)?.textContent).toBe(HINT);
  });
});
