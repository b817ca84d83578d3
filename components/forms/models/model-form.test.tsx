// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/lib/api/errors";
import type { ModelTemplate } from "@/lib/egp/types";
import { ModelForm } from "./model-form";

// The lazy wrapper only defers loading; the form under test is the same.
vi.mock("@/components/schema-form", async () => {
  const { SchemaForm } = await import("@/components/schema-form/schema-form");
  return { LazySchemaForm: SchemaForm };
});
vi.stubGlobal("fetch", async () =>
  Response.json({ items: [], total_item_count: 0, current_page: 1, items_per_page: 100 }),
);

afterEach(cleanup);

const template = {
  id: "t1",
  name: "GGUF",
  model_type: "COMPLETION",
  model_creation_parameters_schema: {
    parameters: [{ name: "MODEL_PATH", type: "str", description: "Path", required: true }],
  },
} as unknown as ModelTemplate;

const defaults = {
  name: "",
  display_name: "",
  description: "",
  model_card: "",
  model_group_id: "",
  deploy: true,
  deployment_name: "",
};

function setup(onSubmit = vi.fn(async () => {})) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ModelForm
        template={template}
        defaultValues={defaults}
        defaultParameters={{}}
        onSubmit={onSubmit}
        submitLabel={(deploy) => (deploy ? "Create and deploy" : "Create model")}
      />
    </QueryClientProvider>,
  );
  return onSubmit;
}

describe("ModelForm", () => {
  it("defaults the deployment name from the model name and submits both forms' values", async () => {
    const onSubmit = setup();
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "my-model" } });
    expect((screen.getByLabelText("Deployment name") as HTMLInputElement).value).toBe("my-model-deployment");
    fireEvent.change(screen.getByLabelText(/^MODEL_PATH/), { target: { value: "/m.gguf" } });
    fireEvent.click(screen.getByRole("button", { name: "Create and deploy" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([
      {
        values: { ...defaults, name: "my-model", deployment_name: "my-model-deployment" },
        parameters: { MODEL_PATH: "/m.gguf" },
      },
    ]);
  });

  it("does not submit while a required parameter is empty", async () => {
    const onSubmit = setup();
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "my-model" } });
    fireEvent.click(screen.getByRole("button", { name: "Create and deploy" }));
    expect(await screen.findByText("This parameter is required.")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows server errors on the fields they name, inside the parameters too, and keeps the input", async () => {
    setup(
      vi.fn(async () => {
        throw new ApiError("unprocessable", "Some fields are not valid.", {
          details: [
            { path: ["name"], message: "Name is taken" },
            { path: ["model_creation_parameters", "MODEL_PATH"], message: "No such file" },
            { path: ["deployment", "name"], message: "Deployment name is taken" },
          ],
        });
      }),
    );
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "taken" } });
    fireEvent.change(screen.getByLabelText(/^MODEL_PATH/), { target: { value: "/nope" } });
    fireEvent.click(screen.getByRole("button", { name: "Create and deploy" }));
    expect(await screen.findByText("Name is taken")).toBeTruthy();
    expect(screen.getByText("No such file")).toBeTruthy();
    expect(screen.getByText("Deployment name is taken")).toBeTruthy();
    expect(screen.getByText("Some fields are not valid.")).toBeTruthy();
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("taken");
    expect((screen.getByLabelText(/^MODEL_PATH/) as HTMLInputElement).value).toBe("/nope");
  });
});
