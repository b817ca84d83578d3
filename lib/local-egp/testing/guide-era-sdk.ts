import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import type { TestEgp } from "./open-test-egp";

/**
 * The guide-era scale_egp (0.0.0b24/b25, the Custom Models guide's SDK) at the wire, for tests: the
 * requests it sends (pydantic `.dict()` bodies, nulls included; only an `x-api-key` header) and how it
 * reads the answers (any status but 200 raises with `body.detail`; its response classes forbid keys
 * they do not list where the SDK says so). The shapes are those measured in shared/egp-api.md §10.
 */

const MODEL_TYPES = ["COMPLETION", "CHAT_COMPLETION", "AGENT", "EMBEDDING", "RERANKING"];
const str = { type: "string" };
const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });

/** Extra keys allowed (pydantic's default) unless a schema says `additionalProperties: false`. */
const SHAPES = {
  UserInfo: {
    type: "object",
    required: ["id", "first_name", "last_name", "email", "accounts"],
    properties: {
      id: str,
      first_name: str,
      last_name: str,
      email: str,
      accounts: {
        type: "array",
        items: {
          type: "object",
          required: ["role", "account_id"],
          properties: { role: str, account_id: str },
        },
      },
    },
  },
  ModelTemplate: {
    type: "object",
    required: [
      "id",
      "name",
      "endpoint_type",
      "model_type",
      "vendor_configuration",
      "created_at",
      "account_id",
    ],
    properties: {
      id: str,
      name: str,
      model_type: { enum: MODEL_TYPES },
      vendor_configuration: {
        type: "object",
        required: ["vendor", "bundle_config"],
        properties: {
          vendor: { const: "LAUNCH" },
          bundle_config: {
            type: "object",
            required: ["registry", "image", "tag"],
            properties: { registry: str, image: str, tag: str },
          },
        },
      },
      model_creation_parameters_schema: nullable({
        type: "object",
        required: ["parameters"],
        properties: {
          parameters: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "type", "description", "required"],
              properties: {
                name: str,
                type: { enum: ["str", "int", "float", "bool"] },
                description: str,
                required: { type: "boolean" },
              },
            },
          },
        },
      }),
    },
  },
  Model: {
    type: "object",
    required: [
      "name",
      "id",
      "created_at",
      "account_id",
      "created_by_user_id",
      "status",
      "request_schema",
      "response_schema",
      "model_template_id",
    ],
    properties: {
      name: str,
      id: str,
      created_at: str,
      account_id: str,
      created_by_user_id: str,
      status: str,
      request_schema: { type: "object" },
      response_schema: { type: "object" },
      model_template_id: str,
      model_vendor: nullable({ enum: ["OPENAI", "COHERE", "ANTHROPIC", "LAUNCH", "OTHER"] }),
    },
  },
  // Execute answers: exactly these keys (extra = forbid).
  RerankingResponse: {
    type: "object",
    additionalProperties: false,
    required: ["chunk_scores"],
    properties: { chunk_scores: { type: "array", items: { type: "number" } } },
  },
  EmbeddingResponse: {
    type: "object",
    additionalProperties: false,
    required: ["embeddings"],
    properties: {
      embeddings: {
        type: "array",
        items: {
          type: "array",
          prefixItems: [str, { type: "array", items: { type: "number" } }],
          minItems: 2,
          maxItems: 2,
        },
      },
    },
  },
  CompletionResponse: {
    type: "object",
    additionalProperties: false,
    required: ["completions"],
    properties: {
      finish_reason: nullable(str),
      completions: {
        type: "array",
        items: {
          type: "array",
          prefixItems: [str, { type: "array", items: str }],
          minItems: 2,
          maxItems: 2,
        },
      },
    },
  },
  ChatCompletionResponse: {
    type: "object",
    additionalProperties: false,
    required: ["message"],
    properties: {
      finish_reason: nullable(str),
      message: {
        type: "object",
        required: ["role", "content"],
        properties: { role: str, content: str },
      },
    },
  },
  AgentResponse: {
    type: "object",
    additionalProperties: false,
    required: ["action", "context"],
    properties: {
      action: { enum: ["tool_request", "content"] },
      context: { type: "object" },
    },
  },
  ChunkRankResponse: {
    type: "object",
    required: ["relevant_chunks"],
    properties: {
      relevant_chunks: {
        type: "array",
        items: {
          type: "object",
          required: ["chunk_id", "text"],
          properties: { chunk_id: str, text: str, score: { type: "number" } },
        },
      },
    },
  },
} as const;
export type GuideShape = keyof typeof SHAPES;

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();

/** What the SDK's pydantic class would reject in `value` (empty when it parses). */
export function guideShapeErrors(
  shape: GuideShape,
  value: unknown,
  opts: { array?: boolean } = {},
): string[] {
  const key = `${shape}${opts.array ? "[]" : ""}`;
  let validate = validators.get(key);
  if (!validate) {
    const schema = SHAPES[shape];
    validate = ajv.compile(opts.array ? { type: "array", items: schema } : schema);
    validators.set(key, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
  );
}

/** The SDK's failure: status and the `detail` it prints (a list-valued one is unprintable in its CLI). */
export class GuideSdkError extends Error {
  constructor(
    readonly status: number,
    readonly detail: unknown,
  ) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
}

/** One call as the SDK makes it: 200 or an error; the answer parsed as `shape`, or an error saying why not. */
export async function guideCall(
  egp: TestEgp,
  apiKey: string,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  opts: { body?: unknown; shape?: GuideShape; array?: boolean } = {},
): Promise<unknown> {
  const headers: Record<string, string> = { "x-api-key": apiKey };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await egp.handle(
    new Request(`http://local${path}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    }),
  );
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GuideSdkError(res.status, `not JSON: ${text.slice(0, 200)}`);
  }
  if (res.status !== 200) throw new GuideSdkError(res.status, (body as { detail?: unknown })?.detail);
  if (opts.shape) {
    const problems = guideShapeErrors(opts.shape, body, { array: opts.array });
    if (problems.length)
      throw new Error(
        `${method} ${path}: the SDK cannot parse the answer as ${opts.shape}: ${problems.join("; ")}`,
      );
  }
  return body;
}

/** `model_templates().create(...)` as the guide writes it: the request model's `.dict()`, nulls included. */
export function templateCreateBody(input: {
  name: string;
  modelType: string;
  registry: string;
  image: string;
  tag: string;
  env?: Record<string, string>;
  parameters: { name: string; type: string; description: string; required: boolean }[];
  accountId: string;
}) {
  return {
    name: input.name,
    endpoint_type: "SYNC",
    model_type: input.modelType,
    vendor_configuration: {
      vendor: "LAUNCH",
      bundle_config: {
        registry: input.registry,
        image: input.image,
        tag: input.tag,
        command: null,
        env: input.env ?? null,
        readiness_initial_delay_seconds: 120,
      },
      endpoint_config: {
        cpus: 3,
        memory: "8Gi",
        storage: "16Gi",
        gpus: 0,
        gpu_type: null,
        min_workers: 0,
        max_workers: 1,
        per_worker: 10,
      },
    },
    model_creation_parameters_schema: { parameters: input.parameters },
    model_request_parameters_schema: null,
    account_id: input.accountId,
  };
}

/** `models().create(name, model_template_id, model_creation_parameters)`: no model_type (§10). */
export function modelCreateBody(input: {
  name: string;
  templateId: string;
  parameters: Record<string, unknown>;
  accountId: string;
}) {
  return {
    name: input.name,
    model_vendor: null,
    base_model_id: null,
    description: null,
    model_template_id: input.templateId,
    model_creation_parameters: input.parameters,
    account_id: input.accountId,
  };
}
