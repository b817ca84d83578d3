import { describe, expect, it } from "vitest";
import { curlSnippet, pythonSnippet, typescriptSnippet, type SnippetInput } from "./code-snippets";
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
