import { describe, expect, it } from "vitest";
import { CROSS_ENCODER_TEMPLATE } from "../templates/fixtures";
import { templateRequestSchema } from "./templates";

const issues = (input: unknown) => {
  const parsed = templateRequestSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

const withEndpoint = (endpoint: Record<string, unknown>) => ({
  ...CROSS_ENCODER_TEMPLATE,
  vendor_configuration: { ...CROSS_ENCODER_TEMPLATE.vendor_configuration, endpoint_config: endpoint },
});

describe("templateRequestSchema", () => {
  it("accepts the docs' cross-encoder template and fills the spec's defaults", () => {
    const template = templateRequestSchema.parse(CROSS_ENCODER_TEMPLATE);
    expect(template.vendor_configuration.bundle_config).toMatchObject({
      command: [],
      healthcheck_route: "/readyz",
      predict_route: "/predict",
      streaming_predict_route: "/generate_streaming",
    });
    expect(template.vendor_configuration.endpoint_config).toMatchObject({
      endpoint_type: "ASYNC",
      high_priority: false,
    });
  });

  it("reads an older CLI file's LLMENGINE as LAUNCH (the only vendor the spec allows), and explicit nulls as unset", () => {
    const parsed = templateRequestSchema.parse({
      ...CROSS_ENCODER_TEMPLATE,
      endpoint_protocol: null,
      vendor_configuration: {
        ...CROSS_ENCODER_TEMPLATE.vendor_configuration,
        vendor: "LLMENGINE",
        endpoint_config: null,
      },
    });
    expect(parsed.vendor_configuration.vendor).toBe("LAUNCH");
    expect(parsed.endpoint_protocol).toBeUndefined();
    expect(parsed.vendor_configuration.endpoint_config.max_workers).toBe(1);
  });

  it("enforces min ≤ max workers, quantities and non-negative whole numbers", () => {
    expect(issues(withEndpoint({ min_workers: 3, max_workers: 1 }))).toEqual([
      {
        path: "vendor_configuration.endpoint_config.max_workers",
        message: "Max workers must be at least min workers.",
      },
    ]);
    expect(issues(withEndpoint({ memory: "8 gigs", gpus: -1, cpus: 1.5 })).map((i) => i.path)).toEqual([
      "vendor_configuration.endpoint_config.cpus",
      "vendor_configuration.endpoint_config.memory",
      "vendor_configuration.endpoint_config.gpus",
    ]);
    expect(issues(withEndpoint({ memory: "512Mi", storage: "1.5G" }))).toEqual([]);
  });

  it("names duplicate and badly spaced parameter names, but allows odd ones such as __proto__", () => {
    const schema = (names: string[]) => ({
      ...CROSS_ENCODER_TEMPLATE,
      model_request_parameters_schema: {
        parameters: names.map((name) => ({ name, type: "str", description: "", required: false })),
      },
    });
    expect(issues(schema(["a", "a", " b"]))).toEqual([
      {
        path: "model_request_parameters_schema.parameters.2.name",
        message: "Remove the spaces at the start or end.",
      },
      { path: "model_request_parameters_schema.parameters.1.name", message: '"a" is used twice.' },
    ]);
    const odd = templateRequestSchema.parse(schema(["__proto__", "constructor", "größe ✓"]));
    expect(odd.model_request_parameters_schema?.parameters.map((p) => p.name)).toEqual([
      "__proto__",
      "constructor",
      "größe ✓",
    ]);
  });

  it("keeps an env key named __proto__ as an ordinary key", () => {
    const input = JSON.parse(
      JSON.stringify(CROSS_ENCODER_TEMPLATE).replace('"MODEL_NAME"', '"__proto__"'),
    ) as typeof CROSS_ENCODER_TEMPLATE;
    const env = templateRequestSchema.parse(input).vendor_configuration.bundle_config.env;
    expect(Object.keys(env)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(env)).toBe(Object.prototype);
  });

  it("rejects unknown keys so typos in JSON are reported", () => {
    expect(issues({ ...CROSS_ENCODER_TEMPLATE, modeltype: "X" })[0]).toMatchObject({ path: "" });
  });
});
