import type { TemplateRequestInput } from "../schemas/templates";

/** The cross-encoder template from Scale's "Custom Models" docs (tests and examples). */
export const CROSS_ENCODER_TEMPLATE = {
  name: "cross-encoder-template",
  endpoint_type: "SYNC",
  model_type: "RERANKING",
  vendor_configuration: {
    vendor: "LAUNCH",
    bundle_config: {
      registry: "000000000000.dkr.ecr.us-west-2.amazonaws.com",
      image: "egp-cross-encoder",
      tag: "1.0.0",
      readiness_initial_delay_seconds: 120,
      env: { MODEL_NAME: "cross-encoder/ms-marco-MiniLM-L-12-v2" },
    },
    endpoint_config: {
      cpus: 3,
      memory: "8Gi",
      storage: "16Gi",
      gpus: 0,
      min_workers: 0,
      max_workers: 1,
      per_worker: 10,
    },
  },
  model_creation_parameters_schema: {
    parameters: [
      { name: "model_name", type: "str", description: "The cross-encoder model to load", required: true },
    ],
  },
} satisfies TemplateRequestInput;
