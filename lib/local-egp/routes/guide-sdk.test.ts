import { describe, expect, test } from "vitest";
import {
  GuideSdkError,
  guideShapeErrors,
  modelCreateBody,
  templateCreateBody,
} from "../testing/guide-era-sdk";
import { PARAMETERS, withGuideSdk } from "../testing/guide-sdk-server";
import { callJson } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

/**
 * The Custom Models guide's Python flow, run by the SDK it was written for (scale_egp 0.0.0b24/b25), as
 * the exact wire calls that SDK makes (shared/egp-api.md §10): create a template, create a model from it
 * with model_creation_parameters (no model_type, no deployment call), poll the model until READY,
 * `models().execute(...)`, `chunks().rank(...)`. Every answer is parsed as that SDK's classes would.
 */

const guide = withGuideSdk();
const { sdk, pollUntilSettled } = guide;

describe("the guide's flow with scale_egp 0.0.0b2x", () => {
  test("user info: names, email and accounts as {role, account_id}, still a valid v4 UserInfo", async () => {
    const info = await sdk("GET", "/user-info", { shape: "UserInfo" });
    expect(specErrors("UserInfo", info)).toEqual([]);
    expect(guide.accountId).toBe(guide.egp.bootstrap.accountId);
  });

  test("template → model (no model_type) → status READY → execute → chunks rank, no deployment call", async () => {
    const template = (await sdk("POST", "/v3/model-templates", {
      body: templateCreateBody({
        name: "guide-reranker-template",
        modelType: "RERANKING",
        registry: "local",
        image: "hybrid-rerank",
        tag: "1.0.0",
        parameters: PARAMETERS,
        accountId: guide.accountId,
      }),
      shape: "ModelTemplate",
    })) as { id: string };
    // model_templates().list() parses every template of the account.
    await sdk("GET", "/v3/model-templates", { shape: "ModelTemplate", array: true });

    const created = (await sdk("POST", "/v3/models", {
      body: modelCreateBody({
        name: "guide-reranker",
        templateId: template.id,
        parameters: { model_name: "cross-encoder/ms-marco-MiniLM-L-12-v2" },
        accountId: guide.accountId,
      }),
      shape: "Model",
    })) as { id: string; model_type: string; status: string; deployment_count: number };
    expect(created.model_type).toBe("RERANKING");
    expect(created.deployment_count).toBe(1);
    expect(created.status).not.toBe("NOT_DEPLOYED");
    expect(specErrors("ModelInstanceResponse", created)).toEqual([]);

    expect((await pollUntilSettled(created.id)).status).toBe("READY");

    // models().execute(id, request=RerankingRequest(query, chunks)): the model, its template, then execute.
    const model = (await sdk("GET", `/v3/models/${created.id}`, { shape: "Model" })) as {
      model_template_id: string;
    };
    expect(model.model_template_id).toBe(template.id);
    await sdk("GET", `/v3/model-templates/${model.model_template_id}`, { shape: "ModelTemplate" });
    const scores = (await sdk("POST", `/v3/models/${created.id}/execute`, {
      body: { model_request_parameters: null, query: "cats purr", chunks: ["dogs bark", "cats purr"] },
      shape: "RerankingResponse",
    })) as { chunk_scores: number[] };
    expect(scores.chunk_scores).toEqual([0, 1]);

    const ranked = (await sdk("POST", "/v2/chunks/rank", {
      body: {
        query: "cats purr",
        relevant_chunks: [
          { chunk_id: "a", text: "dogs bark", score: 0.5, embedding: null, metadata: {} },
          { chunk_id: "b", text: "cats purr", score: 0.4, embedding: null, metadata: {} },
        ],
        rank_strategy: {
          method: "model",
          params: {
            model_id: created.id,
            model_params: { query: "cats purr", chunks: ["dogs bark", "cats purr"] },
          },
        },
        top_k: 1,
      },
      shape: "ChunkRankResponse",
    })) as { relevant_chunks: { chunk_id: string }[] };
    expect(ranked.relevant_chunks.map((c) => c.chunk_id)).toEqual(["b"]);

    // models().list() parses every model it gets: built-in ones (made without a template) are left out.
    const all = (await sdk("GET", "/v3/models", { shape: "Model", array: true })) as { id: string }[];
    expect(all.map((m) => m.id)).toContain(created.id);
    const builtins = await callJson(guide.egp, "GET", "/v3/models?origin=builtin");
    expect(builtins.body.map((m: { name: string }) => m.name)).toContain("bm25-rerank");
    expect(all.map((m) => m.id)).not.toContain(builtins.body[0].id);
  });

  test("the guide's own template (a container image) fails its deployment, and execute says why", async () => {
    // The guide's cross-encoder template: an image in a container registry.
    const bundle_config = {
      registry: "000000000000.dkr.ecr.us-west-2.amazonaws.com",
      image: "guide.egp-cross-encoder",
      tag: "1.0.0",
      env: { MODEL_NAME: "cross-encoder/ms-marco-MiniLM-L-12-v2" },
    };
    const template = (await sdk("POST", "/v3/model-templates", {
      body: templateCreateBody({
        name: "guide-cross-encoder",
        modelType: "RERANKING",
        registry: bundle_config.registry,
        image: bundle_config.image,
        tag: bundle_config.tag,
        env: bundle_config.env,
        parameters: PARAMETERS,
        accountId: guide.accountId,
      }),
      shape: "ModelTemplate",
    })) as { id: string };
    const created = (await sdk("POST", "/v3/models", {
      body: modelCreateBody({
        name: "guide-cross-encoder",
        templateId: template.id,
        parameters: { model_name: "cross-encoder/ms-marco-MiniLM-L-12-v2" },
        accountId: guide.accountId,
      }),
      shape: "Model",
    })) as { id: string };
    expect((await pollUntilSettled(created.id)).status).toBe("UPDATE_FAILED");
    const failure = await sdk("POST", `/v3/models/${created.id}/execute`, {
      body: { model_request_parameters: null, query: "q", chunks: ["c"] },
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GuideSdkError);
    const { status, detail } = failure as GuideSdkError;
    // Not retryable (so not 409), and a string the SDK's CLI can print.
    expect(status).toBe(400);
    expect(typeof detail).toBe("string");
    expect(detail).toMatch(
      /deployment "guide-cross-encoder" failed: .*container images cannot run in local mode/,
    );
    expect(detail).not.toMatch(/not READY yet/);
  });

  test("every execute shape is exactly the guide era's: no extra keys", async () => {
    // Built-in models, which the 1.0-era route runs too (the guide's SDK lists only templated ones).
    const models = (await callJson(guide.egp, "GET", "/v3/models?origin=builtin")).body as {
      id: string;
      name: string;
      status: string;
    }[];
    const byName = (name: string) => models.find((m) => m.name === name)!;
    expect(byName("use-embedding").status).toBe("READY");
    await sdk("POST", `/v3/models/${byName("use-embedding").id}/execute`, {
      body: { model_request_parameters: null, texts: ["a", "b"] },
      shape: "EmbeddingResponse",
    });
    await sdk("POST", `/v3/models/${byName("bm25-rerank").id}/execute`, {
      body: { model_request_parameters: null, query: "a", chunks: ["a", "b"] },
      shape: "RerankingResponse",
    });

    const chat = await callJson(guide.egp, "POST", "/v3/models", {
      body: {
        ...modelCreateBody({
          name: "guide-chat",
          templateId: (await callJson(guide.egp, "GET", "/v4/model-templates?name=Local%20GGUF%20chat")).body
            .items[0].id,
          parameters: { MODEL_PATH: "/models/chat.gguf" },
          accountId: guide.accountId,
        }),
      },
    });
    expect(chat.status).toBe(200);
    expect(chat.body.model_type).toBe("CHAT_COMPLETION");
    expect((await pollUntilSettled(chat.body.id)).status).toBe("READY");
    await sdk("POST", `/v3/models/${chat.body.id}/execute`, {
      body: {
        model_request_parameters: null,
        temperature: 0.2,
        stop_sequences: null,
        max_tokens: 8,
        messages: [{ role: "user", content: "hi" }],
      },
      shape: "ChatCompletionResponse",
    });
  });

  test("completion (plural prompts) and agent models answer their old shapes too", async () => {
    const templates = (await callJson(guide.egp, "GET", "/v4/model-templates?limit=100")).body.items as {
      id: string;
      name: string;
    }[];
    const templateNamed = (prefix: string) => templates.find((t) => t.name.startsWith(prefix))!.id;
    const completion = (await sdk("POST", "/v3/models", {
      body: modelCreateBody({
        name: "guide-completion",
        templateId: templateNamed("Local GGUF completion"),
        parameters: { MODEL_PATH: "/models/chat.gguf" },
        accountId: guide.accountId,
      }),
      shape: "Model",
    })) as { id: string; model_type: string };
    expect(completion.model_type).toBe("COMPLETION");
    expect((await pollUntilSettled(completion.id)).status).toBe("READY");
    const completed = (await sdk("POST", `/v3/models/${completion.id}/execute`, {
      body: {
        model_request_parameters: null,
        temperature: 0.2,
        stop_sequences: null,
        max_tokens: 8,
        prompts: ["one", "two"],
      },
      shape: "CompletionResponse",
    })) as { completions: [string, string[]][] };
    expect(completed.completions.map(([prompt]) => prompt)).toEqual(["one", "two"]);

    const agent = (await sdk("POST", "/v3/models", {
      body: modelCreateBody({
        name: "guide-agent",
        templateId: templateNamed("Agent"),
        parameters: { BASE_URL: "http://127.0.0.1:9/v1", MODEL: "m" },
        accountId: guide.accountId,
      }),
      shape: "Model",
    })) as { id: string };
    expect((await pollUntilSettled(agent.id)).status).toBe("READY");
    await sdk("POST", `/v3/models/${agent.id}/execute`, {
      body: {
        model_request_parameters: null,
        memory_strategy: null,
        tools: [],
        messages: [{ role: "user", content: "hello" }],
        instructions: "Be brief",
      },
      shape: "AgentResponse",
    });
  });

  test("the validator of the SDK's shapes rejects what the SDK rejects", () => {
    expect(guideShapeErrors("RerankingResponse", { chunk_scores: [1], tokens_used: 1 })).not.toEqual([]);
    expect(guideShapeErrors("Model", { name: "m" })).not.toEqual([]);
    expect(guideShapeErrors("ModelTemplate", { model_type: "GENERIC" })).not.toEqual([]);
    expect(guideShapeErrors("UserInfo", { id: "u", email: "e", accounts: [{ role: "admin" }] })).not.toEqual(
      [],
    );
  });
});
