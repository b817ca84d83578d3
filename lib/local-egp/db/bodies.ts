import type { SecretSetters } from "../schemas/creation-params";
import type { DeploymentRequest, ModelRequest } from "../schemas/resources";
import type { ParameterSchema, TemplateRequest, TemplateVendorConfiguration } from "../schemas/templates";
import type { Stored } from "./stored-json";

/**
 * The `body` column of each table: the resource's fields that no list filters or sorts on. Object
 * fields are `Stored<…>`: a row an older version let grow too deep or large reads as a marker
 * there (db/stored-json.ts), so readers narrow with `readable()` before looking inside.
 */
export type Parameters = Record<string, unknown>;

export type TemplateBody = {
  vendor_configuration?: Stored<TemplateVendorConfiguration>;
  model_creation_parameters_schema?: Stored<ParameterSchema> | null;
  model_request_parameters_schema?: Stored<ParameterSchema> | null;
  endpoint_protocol?: TemplateRequest["endpoint_protocol"];
};

export type ModelBody = {
  base_model_id?: string;
  base_model_metadata?: Stored<NonNullable<ModelRequest["base_model_metadata"]>>;
  model_creation_parameters?: Stored<Parameters>;
  model_card?: string;
  training_data_card?: string;
  description?: string;
  /** Who set each secret parameter; never answered. */
  secret_setters?: Stored<SecretSetters>;
};

export type StatusEntry = { status: string; at: string; reason?: string };

/** A client's own metadata, plus the runtime's status fields, which a client cannot rewrite. */
export type DeploymentMetadata = Parameters & { status_history?: StatusEntry[]; status_reason?: string };

export type DeploymentBody = {
  model_creation_parameters?: Stored<Parameters> | null;
  model_endpoint_id?: string;
  vendor_configuration?: Stored<NonNullable<DeploymentRequest["vendor_configuration"]>> | Parameters;
  deployment_metadata?: Stored<DeploymentMetadata>;
  secret_setters?: Stored<SecretSetters> | null;
};

/** Groups keep everything in columns. */
export type GroupBody = Record<string, never>;

/** A fine-tuning job's settings and outcome; the columns hold what lists filter on. */
export type FineTuningJobBody = {
  vendor_configuration?: Parameters;
  /** Settings the run used (defaults filled), for the record. */
  settings?: Parameters;
  /** Why the job FAILED or was CANCELED. */
  reason?: string;
  /** Runs started, resumes included: a job that keeps dying is failed rather than resumed forever. */
  attempts?: number;
  /** Validation metrics of the base and the tuned model. */
  result?: { base: Record<string, number>; tuned: Record<string, number>; seconds: number };
};

export type { TunedWeights as TunedWeightsBody } from "../training/weights";
