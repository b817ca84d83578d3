import { describe, expect, it } from "vitest";
import {
  cliSnippet,
  curlSnippet,
  egpPythonSnippet,
  pythonSnippet,
  snippet,
  SNIPPET_LANGUAGES,
  typescriptSnippet,
  type Snippet,
  type SnippetInput,
} from "./code-snippets";
import { toPython } from "./python-literal";
import { rankCall, upstreamCall } from "./upstream";

const base = {
  baseUrl: "http://localhost:3000/egp",
  accountId: "acc-1",
  modelId: "m-1",
  deploymentId: "d-1",
};

const chat: SnippetInput = {
  ...base,
  kind: "CHAT_COMPLETION",
  call: upstreamCall({
    modelId: "m-1",
    deploymentId: "d-1",
    modelType: "CHAT_COMPLETION",
    request: {
      chat_history: [{ role: "system", content: "Be brief" }],
      prompt: "Hi 'there'",
      temperature: 0.2,
      stream: true,
    },
  }),
};

describe("snippets", () => {
  it("curl posts the exact body to the typed route with the key as a placeholder", () => {
    const code = curlSnippet(chat);
    expect(code).toContain('"http://localhost:3000/egp/v4/models/d-1/chat-completions"');
    expect(code).toContain('-H "x-api-key: $SGP_API_KEY"');
    expect(code).toContain('-H "x-selected-account-id: acc-1"');
    expect(code).toContain(" -N ");
    const body = code.split("<<'JSON'\n")[1].split("\nJSON")[0];
    expect(JSON.parse(body)).toEqual(chat.call.body);
  });

  it("python uses scale_gp's typed method with Python literals", () => {
    const code = pythonSnippet(chat);
    expect(code).toContain("from scale_gp import SGPClient");
    expect(code).toContain('api_key=os.environ["SGP_API_KEY"]');
    expect(code).toContain('base_url="http://localhost:3000/egp"');
    expect(code).toContain("client.models.chat_completions.create(");
    expect(code).toContain('model_deployment_id="d-1"');
    expect(code).toContain("stream=True");
    expect(code).toContain("for chunk in result:");
  });

  it("python agents go through deployments.execute with the model id and extra_body", () => {
    const code = pythonSnippet({
      ...base,
      kind: "AGENT",
      call: upstreamCall({
        modelId: "m-1",
        deploymentId: "d-1",
        modelType: "AGENT",
        request: { tools: [], messages: [{ role: "user", content: "x" }] },
      }),
    });
    expect(code).toContain(
      'client.models.deployments.execute(\n    model_deployment_id="d-1",\n    model_instance_id="m-1",',
    );
    expect(code).toContain("extra_body={");
  });

  it("chunks rank uses the model strategy with the deployment id", () => {
    const call = rankCall({ deploymentId: "d-1", query: "q", chunks: ["a", "b"], top_k: 1 });
    expect(call.path).toBe("/v4/chunks/rank");
    expect(call.body).toMatchObject({
      rank_strategy: { method: "model", params: { model_deployment_id: "d-1" } },
      relevant_chunks: [
        { chunk_id: "0", text: "a" },
        { chunk_id: "1", text: "b" },
      ],
      top_k: 1,
    });
    expect(pythonSnippet({ ...base, kind: "rank", call })).toContain("client.chunks.rank(");
  });

  it("typescript never inlines a key and parses SSE frames when streaming", () => {
    const code = typescriptSnippet(chat);
    expect(code).toContain('"x-api-key": process.env.SGP_API_KEY!');
    expect(code).toContain('startsWith("data: ")');
    expect(code).not.toMatch(/egp-|sk-/);
  });
});

it("toPython renders booleans, null, nesting and escapes strings", () => {
  expect(toPython({ a: true, b: null, c: [1, 'x"y'] })).toBe(
    '{\n    "a": True,\n    "b": None,\n    "c": [\n        1,\n        "x\\"y",\n    ],\n}',
  );
});

function code(form: Snippet): string {
  if (!form.available) throw new Error(`unavailable: ${form.reason}`);
  return form.code;
}

const rerank: SnippetInput = {
  ...base,
  kind: "RERANKING",
  call: upstreamCall({
    modelId: "m-1",
    deploymentId: "d-1",
    modelType: "RERANKING",
    request: { query: "Which one?", chunks: ["a", 'b "quoted"'] },
  }),
};

describe("scale_egp as the Custom Models guide writes it", () => {
  it("executes the model by id with the type's request class and the exact body", () => {
    const py = code(egpPythonSnippet(rerank));
    expect(py).toContain("from scale_egp.sdk.client import EGPClient");
    expect(py).toContain("from scale_egp.sdk.types.models import RerankingRequest");
    expect(py).toContain('api_key=os.environ["EGP_API_KEY"]');
    expect(py).toContain('endpoint_url="http://localhost:3000/egp/"');
    expect(py).toContain('account_id="acc-1"');
    expect(py).toContain('response = client.models().execute(\n    id="m-1",\n    request=RerankingRequest(');
    expect(py).toContain('query="Which one?"');
    expect(py).toContain('"b \\"quoted\\""');
    expect(py).not.toContain("d-1");
  });

  it("drops stream (its execute does not stream) and says so", () => {
    const py = code(egpPythonSnippet(chat));
    expect(py).toContain("from scale_egp.sdk.types.models import ChatCompletionRequest");
    expect(py).toContain("does not stream");
    expect(py).not.toContain("stream=");
    expect(py).toContain("prompt=\"Hi 'there'\"");
  });

  it("ranks chunks through chunks().rank with Chunk objects and the model strategy", () => {
    const call = rankCall({ deploymentId: "d-1", query: "q", chunks: ["a", "b"], top_k: 1 });
    const py = code(egpPythonSnippet({ ...base, kind: "rank", call }));
    expect(py).toContain("from scale_egp.sdk.types.chunks import Chunk, ModelRankParams, ModelRankStrategy");
    expect(py).toContain("client.chunks().rank(");
    expect(py).toContain('Chunk(chunk_id="0", text="a", score=0),');
    expect(py).toContain('rank_strategy=ModelRankStrategy(params=ModelRankParams(model_id="m-1")),');
    expect(py).toContain("top_k=1,");
  });
});

describe("scale-egp CLI", () => {
  it("runs model execute on model-request.json, whose JSON is the request", () => {
    const form = cliSnippet(rerank);
    if (!form.available || !form.file) throw new Error("expected a file");
    expect(form.file.name).toBe("model-request.json");
    expect(JSON.parse(form.file.content)).toEqual(rerank.call.body);
    expect(form.code).toContain("scale-egp model execute m-1 model-request.json");
    expect(form.code).toContain('export EGP_ENDPOINT_URL="http://localhost:3000/egp/"');
    expect(form.code).toContain('export EGP_ACCOUNT_ID="acc-1"');
    expect(form.code).toMatch(/export EGP_API_KEY="…"/);
  });

  it("streams nothing: the file has the chat request without stream", () => {
    const form = cliSnippet(chat);
    if (!form.available || !form.file) throw new Error("expected a file");
    const { stream: _stream, ...rest } = chat.call.body;
    void _stream;
    expect(JSON.parse(form.file.content)).toEqual(rest);
  });

  it("turns chunks rank into the reranking model's own request", () => {
    const call = rankCall({ deploymentId: "d-1", query: "q", chunks: ["a", "b"] });
    const form = cliSnippet({ ...base, kind: "rank", call });
    if (!form.available || !form.file) throw new Error("expected a file");
    expect(JSON.parse(form.file.content)).toEqual({ query: "q", chunks: ["a", "b"] });
    expect(form.code).toContain("no chunks rank command");
  });
});

describe("built-in models by name", () => {
  const zooChat: SnippetInput = {
    ...base,
    modelId: "gpt-4o-mini",
    deploymentId: "",
    kind: "zoo-chat",
    call: {
      path: "/v4/chat-completions",
      schemaPath: "/v4/chat-completions",
      body: { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], stream: true },
      stream: true,
    },
  };

  it("curl and TypeScript post the by-name body to /v4/chat-completions", () => {
    const curl = curlSnippet(zooChat);
    expect(curl).toContain('"http://localhost:3000/egp/v4/chat-completions"');
    expect(JSON.parse(curl.split("<<'JSON'\n")[1].split("\nJSON")[0])).toEqual(zooChat.call.body);
    const ts = typescriptSnippet(zooChat);
    expect(ts).toContain(".chat_completion.message.content");
    expect(ts).not.toContain("completions[0][1][0]");
  });

  it("scale_gp uses client.chat_completions.create / client.completions.create with the model name", () => {
    const py = pythonSnippet(zooChat);
    expect(py).toContain('result = client.chat_completions.create(\n    model="gpt-4o-mini",');
    expect(py).toContain("chunk.chat_completion.message.content");
    expect(py).not.toContain("model_deployment_id");
    const completion = pythonSnippet({
      ...zooChat,
      kind: "zoo-completion",
      call: {
        ...zooChat.call,
        path: "/v4/completions",
        body: { model: "gpt-4o-mini", prompt: "x" },
        stream: false,
      },
    });
    expect(completion).toContain("client.completions.create(");
  });

  it("scale_egp and the CLI say why they have no by-name form", () => {
    for (const form of [egpPythonSnippet(zooChat), cliSnippet(zooChat)]) {
      expect(form.available).toBe(false);
      if (!form.available) expect(form.reason).toMatch(/by id/);
    }
  });
});

it("no form of any kind carries a key", () => {
  for (const language of SNIPPET_LANGUAGES) {
    const form = snippet(language, rerank);
    const text = form.available ? form.code + (form.file?.content ?? "") : form.reason;
    expect(text).not.toMatch(/egp_[a-z0-9]{8,}|sk-[A-Za-z0-9]/);
  }
});
