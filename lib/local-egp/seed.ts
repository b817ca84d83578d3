import "server-only";
import type { Db } from "./db/open";
import type { LocalImage } from "./engines/types";
import type { ModelType } from "./schemas/enums";
import { TemplateRequestSchema, type ParameterSchemaField, type TemplateRequest } from "./schemas/templates";
import { createDeployment } from "./store/deployments";
import { createModel } from "./store/models";
import { createTemplate } from "./store/templates";

const GGUF_PARAMS: ParameterSchemaField[] = [
  { name: "MODEL_PATH", type: "str", description: "Path of a GGUF file on this machine", required: true },
  { name: "CONTEXT_SIZE", type: "int", description: "Context window in tokens", required: false },
];
const OPENAI_PARAMS: ParameterSchemaField[] = [
  {
    name: "BASE_URL",
    type: "str",
    description: "Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1",
    required: true,
  },
  { name: "MODEL", type: "str", description: "Model name the server expects", required: true },
  {
    name: "API_KEY",
    type: "str",
    description: "API key for the server (stored, never shown again)",
    required: false,
  },
];

function template(
  name: string,
  modelType: ModelType,
  registry: string,
  image: string,
  params: ParameterSchemaField[],
): TemplateRequest {
  return TemplateRequestSchema.parse({
    name,
    endpoint_type: "SYNC",
    model_type: modelType,
    vendor_configuration: { vendor: "LAUNCH", bundle_config: { registry, image, tag: "latest" } },
    model_creation_parameters_schema: { parameters: params },
  });
}

const TEMPLATES: TemplateRequest[] = [
  template("Local GGUF completion (llama.cpp)", "COMPLETION", "local", "llama-cpp", GGUF_PARAMS),
  template("Local GGUF chat (llama.cpp)", "CHAT_COMPLETION", "local", "llama-cpp", GGUF_PARAMS),
  template("OpenAI-compatible chat", "CHAT_COMPLETION", "local", "openai-compatible", OPENAI_PARAMS),
  template("Local embedding (Universal Sentence Encoder)", "EMBEDDING", "local", "use-embedding", []),
  template("Local reranking (USE + BM25)", "RERANKING", "local", "hybrid-rerank", []),
  template("Agent (OpenAI-compatible)", "AGENT", "local", "openai-compatible", OPENAI_PARAMS),
  // Scale's docs example: a container image, which local mode cannot run; its deployments fail with that reason.
  template(
    "Cross-encoder reranker (container)",
    "RERANKING",
    "000000000000.dkr.ecr.us-west-2.amazonaws.com",
    "cross-encoder",
    [{ name: "MODEL_NAME", type: "str", description: "Hugging Face cross-encoder name", required: false }],
  ),
];

const BUILTINS: { name: LocalImage; type: ModelType; display: string; description: string }[] = [
  {
    name: "use-embedding",
    type: "EMBEDDING",
    display: "Universal Sentence Encoder (lite)",
    description: "512-d English sentence embeddings (weights ship with npm)",
  },
  {
    name: "hash-embedding",
    type: "EMBEDDING",
    display: "Hashing embedder",
    description: "Weight-free hashing vectorizer; fast, weak semantics",
  },
  {
    name: "hybrid-rerank",
    type: "RERANKING",
    display: "Hybrid reranker",
    description: "USE cosine blended with BM25",
  },
  {
    name: "bm25-rerank",
    type: "RERANKING",
    display: "BM25 reranker",
    description: "Classic BM25 keyword scoring",
  },
];

/** First start only: local templates and built-in models whose READY deployments load their engine on first use. */
export async function seed(db: Db, accountId: string, userId: string): Promise<void> {
  for (const t of TEMPLATES) await createTemplate(db, accountId, userId, t);
  for (const b of BUILTINS) {
    const model = await createModel(
      db,
      accountId,
      userId,
      {
        name: b.name,
        display_name: b.display,
        description: b.description,
        model_type: b.type,
        model_vendor: "OTHER",
        base_model_id: b.name,
        base_model_metadata: { ui_model_section_type: "OPENSOURCE", model_developer: "local" },
      },
      { builtin: true },
    );
    await createDeployment(db, {
      accountId,
      userId,
      modelId: model.id,
      req: { name: b.name },
      status: "READY",
      engineImage: b.name,
      builtin: true,
    });
  }
}
