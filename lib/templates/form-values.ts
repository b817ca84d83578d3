import type { ModelType } from "../egp/types";
import {
  BUNDLE_DEFAULTS,
  ENDPOINT_DEFAULTS,
  type EndpointProtocol,
  type EndpointType,
  type GpuType,
  type ParameterType,
  type TemplateRequest,
  type TemplateRequestInput,
  type TemplateVendor,
} from "../schemas/templates";

/**
 * The template form's values. Paths match the request's, except that lists become rows
 * (react-hook-form's field arrays need objects) and unset enums are "".
 */
export type ParameterRow = { name: string; type: ParameterType; description: string; required: boolean };
export type EnvRow = { key: string; value: string };
export type ArgumentRow = { value: string };
export type ParameterSchemaKey = "model_creation_parameters_schema" | "model_request_parameters_schema";

export type TemplateFormValues = {
  name: string;
  model_type: ModelType | "";
  endpoint_type: EndpointType;
  endpoint_protocol: EndpointProtocol | "";
  vendor_configuration: {
    vendor: TemplateVendor;
    bundle_config: {
      registry: string;
      image: string;
      tag: string;
      command: ArgumentRow[];
      env: EnvRow[];
      streaming_command: ArgumentRow[];
      readiness_initial_delay_seconds: number;
      healthcheck_route: string;
      predict_route: string;
      streaming_predict_route: string;
    };
    endpoint_config: {
      cpus: number;
      memory: string;
      storage: string;
      gpus: number;
      gpu_type: GpuType | "";
      min_workers: number;
      max_workers: number;
      per_worker: number;
      endpoint_type: EndpointType;
      high_priority: boolean;
    };
    /** Not edited by the form; carried through so a JSON import loses nothing. */
    fine_tuning_job_bundle_config?: Record<string, unknown>;
  };
  model_creation_parameters_schema: { parameters: ParameterRow[] };
  model_request_parameters_schema: { parameters: ParameterRow[] };
};

/** A new template with the spec's defaults filled in. */
export function emptyTemplateForm(): TemplateFormValues {
  return {
    name: "",
    model_type: "",
    endpoint_type: "SYNC",
    endpoint_protocol: "",
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: {
        registry: "",
        image: "",
        tag: "latest",
        command: [],
        env: [],
        streaming_command: [],
        ...BUNDLE_DEFAULTS,
      },
      endpoint_config: { ...ENDPOINT_DEFAULTS, gpu_type: "" },
    },
    model_creation_parameters_schema: { parameters: [] },
    model_request_parameters_schema: { parameters: [] },
  };
}

const args = (rows: ArgumentRow[]) => rows.map((row) => row.value);
const parameterSchema = (rows: ParameterRow[]) =>
  rows.length ? { parameters: rows.map((p) => ({ ...p })) } : undefined;

/** The request the form describes, not yet validated (validate it with templateRequestSchema). */
export function formToRequestInput(values: TemplateFormValues): TemplateRequestInput {
  const {
    bundle_config: bundle,
    endpoint_config: endpoint,
    vendor,
    fine_tuning_job_bundle_config,
  } = values.vendor_configuration;
  const { gpu_type, ...resources } = endpoint;
  return dropUndefined({
    name: values.name,
    endpoint_type: values.endpoint_type,
    model_type: values.model_type as ModelType,
    endpoint_protocol: values.endpoint_protocol || undefined,
    vendor_configuration: dropUndefined({
      vendor,
      bundle_config: dropUndefined({
        ...bundle,
        command: args(bundle.command),
        // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary key.
        env: Object.fromEntries(bundle.env.map((row) => [row.key, row.value])),
        streaming_command: bundle.streaming_command.length ? args(bundle.streaming_command) : undefined,
      }),
      endpoint_config: { ...resources, ...(gpu_type ? { gpu_type } : {}) },
      fine_tuning_job_bundle_config,
    }),
    model_creation_parameters_schema: parameterSchema(values.model_creation_parameters_schema.parameters),
    model_request_parameters_schema: parameterSchema(values.model_request_parameters_schema.parameters),
  });
}

/** Form values for a validated request (a JSON import, a restored template). */
export function requestToForm(request: TemplateRequest): TemplateFormValues {
  const {
    bundle_config: bundle,
    endpoint_config: endpoint,
    vendor,
    fine_tuning_job_bundle_config,
  } = request.vendor_configuration;
  const rows = (list: string[] | undefined) => (list ?? []).map((value) => ({ value }));
  return {
    name: request.name,
    model_type: request.model_type,
    endpoint_type: request.endpoint_type,
    endpoint_protocol: request.endpoint_protocol ?? "",
    vendor_configuration: {
      vendor,
      bundle_config: {
        ...bundle,
        command: rows(bundle.command),
        env: Object.entries(bundle.env).map(([key, value]) => ({ key, value })),
        streaming_command: rows(bundle.streaming_command),
      },
      endpoint_config: { ...endpoint, gpu_type: endpoint.gpu_type ?? "" },
      ...(fine_tuning_job_bundle_config ? { fine_tuning_job_bundle_config } : {}),
    },
    model_creation_parameters_schema: {
      parameters: request.model_creation_parameters_schema?.parameters ?? [],
    },
    model_request_parameters_schema: {
      parameters: request.model_request_parameters_schema?.parameters ?? [],
    },
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
