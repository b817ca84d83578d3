import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callJson, openTestEgp, type TestEgp } from "../local-egp/testing/open-test-egp";
import { NESTED_ORDER, templateToCliJson } from "./cli-format";

const spec = JSON.parse(readFileSync(new URL("../egp/openapi.json", import.meta.url), "utf8"));
const propertiesOf = (name: string) => Object.keys(spec.components.schemas[name].properties);

/** A model-template.json as the CLI writes it: spec order, the author's values only. */
const CLI_FILE = `{
  "name": "cross-encoder-template",
  "endpoint_type": "SYNC",
  "model_type": "RERANKING",
  "vendor_configuration": {
    "vendor": "LAUNCH",
    "bundle_config": {
      "registry": "000000000000.dkr.ecr.us-west-2.amazonaws.com",
      "image": "egp-cross-encoder",
      "tag": "1.0.0",
      "env": {
        "MODEL_NAME": "cross-encoder/ms-marco-MiniLM-L-12-v2"
      },
      "readiness_initial_delay_seconds": 120
    },
    "endpoint_config": {
      "cpus": 3,
      "memory": "8Gi",
      "storage": "16Gi",
      "gpus": 0,
      "min_workers": 0,
      "max_workers": 1,
      "per_worker": 10
    }
  },
  "model_creation_parameters_schema": {
    "parameters": [
      {
        "name": "model_name",
        "type": "str",
        "description": "The cross-encoder model to load",
        "required": true
      }
    ]
  }
}
`;

let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp?.close();
});

describe("model-template.json export", () => {
  it("orders nested keys as the spec declares them (the CLI's order)", () => {
    expect(NESTED_ORDER.vendor_configuration).toEqual(
      propertiesOf(
        "egp_api_backend__server__utils__model_schemas__model_vendor_configuration__LaunchVendorConfiguration",
      ),
    );
    expect(NESTED_ORDER.bundle_config).toEqual(propertiesOf("ModelBundleConfiguration"));
    expect(NESTED_ORDER.endpoint_config).toEqual(propertiesOf("CreateModelEndpointConfig"));
    expect(NESTED_ORDER.fine_tuning_job_bundle_config).toEqual(propertiesOf("FineTuningBundleConfiguration"));
    expect(NESTED_ORDER.parameter).toEqual(propertiesOf("ParameterSchemaField"));
  });

  it("round-trips a CLI file through the API byte for byte: no injected defaults, same order", async () => {
    const created = await callJson(egp, "POST", "/v4/model-templates", {
      body: { ...JSON.parse(CLI_FILE), account_id: egp.bootstrap.accountId },
    });
    expect(created.status).toBe(200);
    const read = await callJson(egp, "GET", `/v4/model-templates/${created.body.id}`);
    // The API's answer carries defaults (routes, endpoint type) and its own key order.
    expect(read.body.vendor_configuration.bundle_config.predict_route).toBe("/predict");
    expect(templateToCliJson(read.body)).toBe(CLI_FILE);
  });

  it("keeps a default the author changed", async () => {
    const file = JSON.parse(CLI_FILE);
    file.vendor_configuration.bundle_config.predict_route = "/v1/rerank";
    const created = await callJson(egp, "POST", "/v4/model-templates", {
      body: { ...file, name: "custom-route", account_id: egp.bootstrap.accountId },
    });
    const exported = JSON.parse(templateToCliJson(created.body));
    expect(exported.vendor_configuration.bundle_config.predict_route).toBe("/v1/rerank");
    expect(exported.vendor_configuration.bundle_config.healthcheck_route).toBeUndefined();
  });
});
