import type { PlaygroundModelType } from "../schemas/playground";
import { pythonKwargs } from "./python-literal";
import type { UpstreamCall } from "./upstream";

/**
 * Every form a Scale GP user has: raw HTTP (curl), the v4 SDK (`scale_gp`), the guide-era SDK
 * (`scale_egp`, as the Custom Models guide writes it), that SDK's `scale-egp` CLI with a request file,
 * and TypeScript (fetch; the v4 API has no published TypeScript client).
 */
export const SNIPPET_LANGUAGES = ["curl", "python", "python-egp", "cli", "typescript"] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

export const SNIPPET_LABELS: Record<SnippetLanguage, string> = {
  curl: "curl",
  python: "Python (scale_gp)",
  "python-egp": "Python (scale_egp)",
  cli: "scale-egp CLI",
  typescript: "TypeScript",
};

/** What each form reads the key from; the key itself is never part of a snippet. */
export const SNIPPET_KEY_VARIABLE: Record<SnippetLanguage, string> = {
  curl: "SGP_API_KEY",
  python: "SGP_API_KEY",
  "python-egp": "EGP_API_KEY",
  cli: "EGP_API_KEY",
  typescript: "SGP_API_KEY",
};

/** The file the CLI form reads its request from. */
export const CLI_REQUEST_FILE = "model-request.json";

/**
 * What a snippet is for: a deployment's model type, `rank` for chunks rank against a deployment, or a
 * built-in model called by name through `/v4/completions` (`zoo-completion`) or `/v4/chat-completions`
 * (`zoo-chat`).
 */
export type SnippetKind = PlaygroundModelType | "rank" | "zoo-completion" | "zoo-chat";

/** What a snippet needs; the API key is never part of it, only an environment variable's name. */
export type SnippetInput = {
  call: UpstreamCall;
  /** The EGP base URL (no trailing slash): the console's /egp in local mode, the remote URL otherwise. */
  baseUrl: string;
  accountId: string | null;
  kind: SnippetKind;
  /** The model (instance) id; for built-in models, the model name. */
  modelId: string;
  /** The deployment id; empty for built-in models. */
  deploymentId: string;
};

/** A generated form: its code and, for the CLI, the request file it reads. */
export type Snippet =
  | { available: true; code: string; file?: { name: string; content: string } }
  | { available: false; reason: string };

const isZoo = (kind: SnippetKind) => kind === "zoo-completion" || kind === "zoo-chat";

export function curlSnippet({ call, baseUrl, accountId }: SnippetInput): string {
  const lines = [
    `curl -sS${call.stream ? " -N" : ""} -X POST "${baseUrl}${call.path}" \\`,
    `  -H "x-api-key: $SGP_API_KEY" \\`,
    ...(accountId ? [`  -H "x-selected-account-id: ${accountId}" \\`] : []),
    `  -H "content-type: application/json" \\`,
    `  -d @- <<'JSON'`,
    JSON.stringify(call.body, null, 2),
    "JSON",
  ];
  return lines.join("\n");
}

/** How a streamed frame's text is read, per route (typed routes send `completions: [[model, [text]]]`). */
function streamedText(kind: SnippetKind, chunk: string): string {
  if (kind === "zoo-completion") return `${chunk}.completion.text`;
  if (kind === "zoo-chat") return `${chunk}.chat_completion.message.content`;
  return `${chunk}.completions[0][1][0]`;
}

function pythonCall({ call, kind, modelId, deploymentId }: SnippetInput): string {
  const body = call.body;
  const method = {
    EMBEDDING: "client.models.embeddings.create",
    RERANKING: "client.models.rerankings.create",
    COMPLETION: "client.models.completions.create",
    CHAT_COMPLETION: "client.models.chat_completions.create",
    AGENT: "client.models.deployments.execute",
    rank: "client.chunks.rank",
    "zoo-completion": "client.completions.create",
    "zoo-chat": "client.chat_completions.create",
  }[kind];
  if (kind === "rank" || isZoo(kind)) return `result = ${method}(\n${pythonKwargs(body)}\n)`;
  if (kind === "AGENT") {
    return `result = ${method}(\n${pythonKwargs({ model_deployment_id: deploymentId, model_instance_id: modelId, extra_body: body })}\n)`;
  }
  return `result = ${method}(\n${pythonKwargs({ model_deployment_id: deploymentId, ...body })}\n)`;
}

/** `scale_gp` (v4, `SGPClient`). */
export function pythonSnippet(input: SnippetInput): string {
  const streaming = input.call.stream;
  return [
    "import os",
    "from scale_gp import SGPClient",
    "",
    "client = SGPClient(",
    `    api_key=os.environ["SGP_API_KEY"],`,
    ...(input.accountId ? [`    account_id=${JSON.stringify(input.accountId)},`] : []),
    `    base_url=${JSON.stringify(input.baseUrl)},`,
    ")",
    "",
    pythonCall(input),
    streaming
      ? `for chunk in result:\n    print(${streamedText(input.kind, "chunk")}, end="", flush=True)`
      : "print(result)",
  ].join("\n");
}

/** The request classes of `scale_egp`'s `MODEL_SCHEMAS`, by model type. */
const EGP_REQUEST_CLASS: Record<PlaygroundModelType, string> = {
  EMBEDDING: "EmbeddingRequest",
  RERANKING: "RerankingRequest",
  COMPLETION: "CompletionRequest",
  CHAT_COMPLETION: "ChatCompletionRequest",
  AGENT: "ExecuteAgentRequest",
};

/** The execute request `scale_egp` sends: the typed body without `stream` (its execute does not stream). */
export function egpModelRequest(call: UpstreamCall): Record<string, unknown> {
  const { stream: _stream, ...rest } = call.body;
  void _stream;
  return rest;
}

function egpClient({ baseUrl, accountId }: SnippetInput): string[] {
  return [
    "client = EGPClient(",
    `    api_key=os.environ["EGP_API_KEY"],`,
    ...(accountId ? [`    account_id=${JSON.stringify(accountId)},`] : []),
    `    endpoint_url=${JSON.stringify(`${baseUrl}/`)},`,
    ")",
  ];
}

const NO_BY_NAME_IN_GUIDE =
  "The guide's scale_egp SDK and its CLI run custom models by id (models().execute); built-in models by name " +
  "go through /v4/completions and /v4/chat-completions, so use curl, scale_gp or TypeScript for them.";

/** `scale_egp` exactly as the Custom Models guide writes it: `EGPClient().models().execute(...)`, `chunks().rank(...)`. */
export function egpPythonSnippet(input: SnippetInput): Snippet {
  if (isZoo(input.kind)) return { available: false, reason: NO_BY_NAME_IN_GUIDE };
  const note = input.call.stream
    ? ["# models().execute returns the whole response; scale_egp does not stream model executions."]
    : [];
  if (input.kind === "rank") {
    const body = input.call.body as {
      query: string;
      relevant_chunks: { chunk_id: string; text: string; score: number }[];
      top_k?: number;
    };
    const chunks = body.relevant_chunks
      .map(
        (c) =>
          `        Chunk(chunk_id=${JSON.stringify(c.chunk_id)}, text=${JSON.stringify(c.text)}, score=${c.score}),`,
      )
      .join("\n");
    return {
      available: true,
      code: [
        "import os",
        "from scale_egp.sdk.client import EGPClient",
        "from scale_egp.sdk.types.chunks import Chunk, ModelRankParams, ModelRankStrategy",
        "",
        ...egpClient(input),
        "",
        "ranked_chunks = client.chunks().rank(",
        `    query=${JSON.stringify(body.query)},`,
        `    relevant_chunks=[\n${chunks}\n    ],`,
        `    rank_strategy=ModelRankStrategy(params=ModelRankParams(model_id=${JSON.stringify(input.modelId)})),`,
        ...(body.top_k ? [`    top_k=${body.top_k},`] : []),
        ")",
        "for chunk in ranked_chunks:",
        "    print(chunk.chunk_id, chunk.text)",
      ].join("\n"),
    };
  }
  const cls = EGP_REQUEST_CLASS[input.kind];
  return {
    available: true,
    code: [
      "import os",
      "from scale_egp.sdk.client import EGPClient",
      `from scale_egp.sdk.types.models import ${cls}`,
      "",
      ...egpClient(input),
      "",
      ...note,
      "response = client.models().execute(",
      `    id=${JSON.stringify(input.modelId)},`,
      `    request=${cls}(\n${pythonKwargs(egpModelRequest(input.call), 2)}\n    ),`,
      ")",
      "print(response)",
    ].join("\n"),
  };
}

/** The `scale-egp` CLI: `model execute <model id> model-request.json`, with the file beside it. */
export function cliSnippet(input: SnippetInput): Snippet {
  if (isZoo(input.kind)) return { available: false, reason: NO_BY_NAME_IN_GUIDE };
  // The CLI has no chunk-rank command: the same query and chunks go to the reranking model itself.
  const request =
    input.kind === "rank"
      ? (() => {
          const body = input.call.body as { query: string; relevant_chunks: { text: string }[] };
          return { query: body.query, chunks: body.relevant_chunks.map((c) => c.text) };
        })()
      : egpModelRequest(input.call);
  const content = `${JSON.stringify(request, null, 2)}\n`;
  return {
    available: true,
    file: { name: CLI_REQUEST_FILE, content },
    code: [
      ...(input.kind === "rank"
        ? [
            "# The CLI has no chunks rank command; this executes the reranking model on the same query and chunks.",
          ]
        : []),
      ...(input.call.stream ? ["# model execute returns the whole response; it does not stream."] : []),
      'export EGP_API_KEY="…"  # your API key',
      `export EGP_ENDPOINT_URL=${JSON.stringify(`${input.baseUrl}/`)}`,
      ...(input.accountId ? [`export EGP_ACCOUNT_ID=${JSON.stringify(input.accountId)}`] : []),
      "",
      `# ${CLI_REQUEST_FILE}, saved beside where you run this:`,
      ...content
        .trimEnd()
        .split("\n")
        .map((line) => `#   ${line}`),
      "",
      `scale-egp model execute ${input.modelId} ${CLI_REQUEST_FILE}`,
    ].join("\n"),
  };
}

export function typescriptSnippet({ call, baseUrl, accountId, kind }: SnippetInput): string {
  const headers = [
    `    "x-api-key": process.env.SGP_API_KEY!,`,
    ...(accountId ? [`    "x-selected-account-id": ${JSON.stringify(accountId)},`] : []),
    `    "content-type": "application/json",`,
  ];
  const body = JSON.stringify(call.body, null, 2).replace(/\n/g, "\n  ");
  const request = [
    `const response = await fetch(${JSON.stringify(`${baseUrl}${call.path}`)}, {`,
    `  method: "POST",`,
    `  headers: {`,
    ...headers,
    `  },`,
    `  body: JSON.stringify(${body}),`,
    `});`,
    `if (!response.ok) throw new Error(\`\${response.status}: \${await response.text()}\`);`,
  ];
  const read = call.stream
    ? [
        "// Server-sent events: `data: <json>` frames; the stream ends when the connection closes.",
        "const decoder = new TextDecoder();",
        'let buffer = "";',
        "for await (const chunk of response.body!) {",
        "  buffer += decoder.decode(chunk, { stream: true });",
        '  const frames = buffer.split("\\n\\n");',
        '  buffer = frames.pop() ?? "";',
        "  for (const frame of frames) {",
        '    const data = frame.split("\\n").find((line) => line.startsWith("data: "));',
        `    if (data) process.stdout.write(${streamedText(kind, "JSON.parse(data.slice(6))")} ?? "");`,
        "  }",
        "}",
      ]
    : ["console.log(await response.json());"];
  return [...request, ...read].join("\n");
}

export function snippet(language: SnippetLanguage, input: SnippetInput): Snippet {
  if (language === "python-egp") return egpPythonSnippet(input);
  if (language === "cli") return cliSnippet(input);
  const code =
    language === "curl"
      ? curlSnippet(input)
      : language === "python"
        ? pythonSnippet(input)
        : typescriptSnippet(input);
  return { available: true, code };
}
