// @vitest-environment jsdom
import { createRef } from "react";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { SchemaForm } from "./schema-form";
import type { SchemaFormHandle } from "./types";

afterEach(cleanup);

const ODD = ["my field", "naïve ✓", "__proto__", "constructor", "a.b", "0"];
const schema = {
  parameters: [
    { name: "MODEL_PATH", type: "str" as const, description: "Path of a GGUF file", required: true },
    { name: "CONTEXT_SIZE", type: "int" as const, description: "", required: false },
    ...ODD.map((name) => ({ name, type: "str" as const, description: "", required: false })),
  ],
};

function setup(props: Partial<React.ComponentProps<typeof SchemaForm>> = {}) {
  const ref = createRef<SchemaFormHandle>();
  const onChange = vi.fn();
  render(<SchemaForm schema={schema} formRef={ref} onChange={onChange} id="t" {...props} />);
  return { ref, onChange };
}

describe("SchemaForm", () => {
  it("renders every field under its exact name, with help text", () => {
    setup();
    for (const name of ["MODEL_PATH", "CONTEXT_SIZE", ...ODD]) {
      expect(
        screen.getByLabelText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\*?$`)),
      ).toBeTruthy();
    }
    expect(screen.getByText("Path of a GGUF file")).toBeTruthy();
  });

  it("blocks a missing required value with a message, then returns typed values by EGP name", async () => {
    const { ref, onChange } = setup();
    let result = ref.current!.validate();
    expect(result.ok).toBe(false);
    expect(await screen.findByText("This parameter is required.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^MODEL_PATH/), { target: { value: "/m.gguf" } });
    fireEvent.change(screen.getByLabelText("CONTEXT_SIZE"), { target: { value: "512" } });
    for (const name of ODD) fireEvent.change(screen.getByLabelText(name), { target: { value: `v-${name}` } });
    expect(onChange).toHaveBeenCalled();
    act(() => {
      result = ref.current!.validate();
    });
    expect(result.ok).toBe(true);
    const values = (result as { values: Record<string, unknown> }).values;
    expect(Object.getOwnPropertyDescriptor(values, "__proto__")?.value).toBe("v-__proto__");
    expect(JSON.parse(JSON.stringify(values))).toEqual({
      MODEL_PATH: "/m.gguf",
      CONTEXT_SIZE: 512,
      ...Object.fromEntries(ODD.map((n) => [n, `v-${n}`])),
    });
  });

  it("rejects a non-integer in an int field", async () => {
    const { ref } = setup({ defaultValues: { MODEL_PATH: "x" } });
    fireEvent.change(screen.getByLabelText("CONTEXT_SIZE"), { target: { value: "1.5" } });
    act(() => {
      expect(ref.current!.validate().ok).toBe(false);
    });
    expect(await screen.findByText("Enter a whole number.")).toBeTruthy();
  });

  it("fills default values, including odd names, and shows server errors on their fields", () => {
    const defaults = JSON.parse('{"MODEL_PATH":"/x.gguf","__proto__":"kept"}') as Record<string, unknown>;
    setup({
      defaultValues: defaults,
      errors: [
        { path: ["__proto__"], message: "Server says no" },
        { path: ["UNKNOWN"], message: "Extra inputs are not permitted" },
      ],
    });
    expect((screen.getByLabelText(/^MODEL_PATH/) as HTMLInputElement).value).toBe("/x.gguf");
    expect((screen.getByLabelText("__proto__") as HTMLInputElement).value).toBe("kept");
    expect(screen.getByText("Server says no")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("UNKNOWN: Extra inputs are not permitted");
  });

  it("validates without eval, which the console's CSP forbids", async () => {
    vi.stubGlobal("Function", function blocked() {
      throw new EvalError("Refused to evaluate a string as JavaScript (CSP)");
    });
    try {
      const { ref } = setup();
      act(() => {
        expect(ref.current!.validate().ok).toBe(false);
      });
      expect(await screen.findByText("This parameter is required.")).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says so when the template takes no parameters", () => {
    render(<SchemaForm schema={{ parameters: [] }} />);
    expect(screen.getByText("This template takes no parameters.")).toBeTruthy();
  });
});
