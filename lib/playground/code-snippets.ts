import type { PlaygroundModelType } from "../schemas/playground";
import { pythonKwargs } from "./python-literal";
import type { UpstreamCall } from "./upstream";

export const SNIPPET_LANGUAGES = ["curl", "python", "typescript"] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

/** What a snippet needs; the API key is never part of it, only the `$SGP_API_KEY` placeholder. */
export type SnippetInput = {
  call: UpstreamCall;
  /** The EGP base URL (no trailing slash): the console's /egp in local mode, the remote URL otherwise. */
  baseUrl: string;
  accountId: string | null;
  /** `rank` for chunks rank; otherwise the model type of the deployment. */
  kind: PlaygroundModelType | "rank";
  modelId: string;
  deploymentId: string;
};

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

function pythonCall({ call, kind, modelId, deploymentId }: SnippetInput): string {
  const body = call.body;
  const method = {
    EMBEDDING: "client.models.embeddings.create",
    RERANKING: "client.models.rerankings.create",
    COMPLETION: "client.models.completions.create",
    CHAT_COMPLETION: "client.models.chat_completions.create",
    AGENT: "client.models.deployments.execute",
    rank: "client.chunks.rank",
  }[kind];
  if (kind === "rank") return `result = ${method}(\n${pythonKwargs(body)}\n)`;
  if (kind === "AGENT") {
    return `result = ${method}(\n${pythonKwargs({ model_deployment_id: deploymentId, model_instance_id: modelId, extra_body: body })}\n)`;
  }
  return `result = ${method}(\n${pythonKwargs({ model_deployment_id: deploymentId, ...body })}\n)`;
}

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
      ? 'for chunk in result:\n    print(chunk.completions[0][1][0], end="", flush=True)'
      : "print(result)",
  ].join("\n");
}

export function typescriptSnippet({ call, baseUrl, accountId }: SnippetInput): string {
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
        "    if (data) process.stdout.write(JSON.parse(data.slice(6)).completions[0][1][0]);",
        "  }",
        "}",
      ]
    : ["console.log(await response.json());"];
  return [...request, ...read].join("\n");
}

export function snippet(language: SnippetLanguage, input: SnippetInput): string {
  if (language === "curl") return curlSnippet(input);
  if (language === "python") return pythonSnippet(input);
  return typescriptSnippet(input);
}
