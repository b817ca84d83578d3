import { describe, expect, it } from "vitest";
import { templateRequestSchema } from "../schemas/templates";
import { templateToCliJson } from "./cli-format";
import { CROSS_ENCODER_TEMPLATE } from "./fixtures";
import { emptyTemplateForm, formToRequestInput, requestToForm } from "./form-values";
import { parseTemplateJson, formatPath } from "./template-json";

describe("template form values", () => {
  it("round-trips a request through the form unchanged", () => {
    const request = templateRequestSchema.parse(CROSS_ENCODER_TEMPLATE);
    const values = requestToForm(request);
    expect(values.vendor_configuration.bundle_config.env).toEqual([
      { key: "MODEL_NAME", value: "cross-encoder/ms-marco-MiniLM-L-12-v2" },
    ]);
    expect(templateRequestSchema.parse(formToRequestInput(values))).toEqual(request);
  });

  it("starts with the spec's defaults and leaves unset options out of the request", () => {
    const values = emptyTemplateForm();
    expect(values.vendor_configuration.endpoint_config).toMatchObject({
      cpus: 3,
      memory: "8Gi",
      max_workers: 1,
    });
    const request = formToRequestInput({ ...values, name: "x", model_type: "EMBEDDING" });
    expect(request).not.toHaveProperty("endpoint_protocol");
    expect(request).not.toHaveProperty("model_creation_parameters_schema");
    expect(request.vendor_configuration.endpoint_config).not.toHaveProperty("gpu_type");
    expect(request.vendor_configuration.bundle_config).not.toHaveProperty("streaming_command");
  });

  it("turns rows back into lists and a dictionary, keeping odd keys", () => {
    const values = emptyTemplateForm();
    values.vendor_configuration.bundle_config.command = [{ value: "python" }, { value: "serve.py" }];
    values.vendor_configuration.bundle_config.env = [{ key: "__proto__", value: "x" }];
    const bundle = formToRequestInput(values).vendor_configuration.bundle_config;
    expect(bundle.command).toEqual(["python", "serve.py"]);
    expect(Object.keys(bundle.env ?? {})).toEqual(["__proto__"]);
  });
});

describe("parseTemplateJson", () => {
  it("accepts the CLI export of a template response, ignoring ids and owner", () => {
    const exported = {
      ...CROSS_ENCODER_TEMPLATE,
      id: "t1",
      account_id: "a",
      created_at: "2026-01-01T00:00:00Z",
    };
    const result = parseTemplateJson(JSON.stringify(exported));
    expect(result.ok && result.request.name).toBe("cross-encoder-template");
  });

  it("reports syntax errors with a line and column", () => {
    const result = parseTemplateJson('{\n  "name": "x",\n  oops\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.syntax).toMatch(/line 3, column 3/);
  });

  it("reports schema problems with their paths", () => {
    const broken = structuredClone(CROSS_ENCODER_TEMPLATE) as Record<string, unknown>;
    (broken.vendor_configuration as { endpoint_config: object }).endpoint_config = { memory: "lots" };
    const result = parseTemplateJson(JSON.stringify(broken));
    expect(!result.ok && result.issues).toEqual([
      {
        path: ["vendor_configuration", "endpoint_config", "memory"],
        message: expect.stringContaining("8Gi"),
      },
    ]);
    expect(formatPath(["vendor_configuration", "bundle_config", "env", "MY KEY", 0])).toBe(
      'vendor_configuration.bundle_config.env["MY KEY"][0]',
    );
  });

  it("exports what it imports: the CLI file round-trips", () => {
    const first = parseTemplateJson(JSON.stringify(CROSS_ENCODER_TEMPLATE));
    if (!first.ok) throw new Error("fixture should parse");
    const text = templateToCliJson(first.request);
    const second = parseTemplateJson(text);
    expect(second.ok && templateToCliJson(second.request)).toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual([
      "name",
      "endpoint_type",
      "model_type",
      "vendor_configuration",
      "model_creation_parameters_schema",
    ]);
  });
});
