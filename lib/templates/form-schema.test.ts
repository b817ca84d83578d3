import { describe, expect, it } from "vitest";
import { templateRequestSchema } from "../schemas/templates";
import { CROSS_ENCODER_TEMPLATE } from "./fixtures";
import { templateFormSchema, requestPathToFormPath } from "./form-schema";
import { requestToForm, type TemplateFormValues } from "./form-values";

const valid = () => requestToForm(templateRequestSchema.parse(CROSS_ENCODER_TEMPLATE));
const errorsOf = (values: TemplateFormValues) => {
  const parsed = templateFormSchema.safeParse(values);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("templateFormSchema", () => {
  it("passes a valid template", () => {
    expect(errorsOf(valid())).toEqual({});
  });

  it("puts the route schema's problems on the form's inputs", () => {
    const values = valid();
    values.name = "";
    values.vendor_configuration.endpoint_config.min_workers = 2;
    values.vendor_configuration.endpoint_config.max_workers = 1;
    values.vendor_configuration.endpoint_config.cpus = Number.NaN;
    values.vendor_configuration.bundle_config.command = [{ value: "" }];
    expect(errorsOf(values)).toEqual({
      name: "Enter a template name.",
      "vendor_configuration.endpoint_config.cpus": "Enter a whole number.",
      "vendor_configuration.endpoint_config.max_workers": "Max workers must be at least min workers.",
      "vendor_configuration.bundle_config.command.0.value": "Remove the empty argument.",
    });
  });

  it("names duplicate and empty env keys on their rows", () => {
    const values = valid();
    values.vendor_configuration.bundle_config.env = [
      { key: "A", value: "1" },
      { key: "A", value: "2" },
      { key: "", value: "3" },
    ];
    expect(errorsOf(values)).toEqual({
      "vendor_configuration.bundle_config.env.1.key": "A is set twice.",
      "vendor_configuration.bundle_config.env.2.key": "Name the variable.",
    });
  });

  it("asks for a model type in a new template", () => {
    expect(errorsOf({ ...valid(), model_type: "" })).toEqual({ model_type: "Choose a model type." });
  });
});

describe("requestPathToFormPath", () => {
  it("maps server paths onto rows", () => {
    const values = valid();
    const env = ["vendor_configuration", "bundle_config", "env"];
    expect(requestPathToFormPath([...env, "MODEL_NAME"], values)).toBe(`${env.join(".")}.0.key`);
    expect(requestPathToFormPath([...env, "MISSING"], values)).toBe(env.join("."));
    expect(requestPathToFormPath(["vendor_configuration", "bundle_config", "command", 2], values)).toBe(
      "vendor_configuration.bundle_config.command.2.value",
    );
    expect(requestPathToFormPath(["model_creation_parameters_schema", "parameters", 0, "name"], values)).toBe(
      "model_creation_parameters_schema.parameters.0.name",
    );
    expect(requestPathToFormPath([], values)).toBeNull();
  });
});
