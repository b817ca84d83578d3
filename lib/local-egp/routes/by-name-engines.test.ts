import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadEngine } from "../engines";
import { disposeSharedLlama } from "../engines/llama/llama-runtime";
import { sendJson, sendSse, startFakeOpenAiServer } from "../testing/fake-openai-server";
import { writeGgufFixture } from "../testing/gguf/write-fixture";
import {
  call,
  callJson,
  openTestEgp,
  templateId,
  waitForDeployment,
  type TestEgp,
} from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

// Inference by name on the real engines: a GGUF chat model (the random-weight fixture) and an
// OpenAI-compatible one (a scripted server), each served under the name it was created with.
let egp: TestEgp;
let dir: string;
let openAi: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

async function deploy(name: string, template: string, params: Record<string, unknown>) {
  const model = await callJson(egp, "POST", "/v4/models", {
    body: {
      name,
      model_type: "CHAT_COMPLETION",
      account_id: egp.bootstrap.accountId,
      model_template_id: await templateId(egp, template),
      model_creation_parameters: params,
    },
  });
  const dep = await callJson(egp, "POST", `/v4/models/${model.body.id}/deployments`, { body: { name } });
  expect((await waitForDeployment(egp, model.body.id, dep.body.id)).status).toBe("READY");
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "egp-by-name-"));
  openAi = await startFakeOpenAiServer(["gpt-4o-mini"]);
  egp = await openTestEgp({ loadEngine });
  await deploy("llama-3-2-1b-instruct", "Local GGUF chat", {
    MODEL_PATH: await writeGgufFixture(join(dir, "chat.gguf")),
    CONTEXT_SIZE: 512,
  });
  await deploy("gpt-4o-mini", "OpenAI-compatible chat", { BASE_URL: openAi.baseUrl, MODEL: "gpt-4o-mini" });
});
afterAll(async () => {
  await egp?.close();
  await openAi?.close();
  await disposeSharedLlama();
  await rm(dir, { recursive: true, force: true });
});

describe("by name on real engines", () => {
  test("the GGUF model answers /v4/chat-completions and /v5/chat/completions with the tokens it generated", async () => {
    const v4 = await callJson(egp, "POST", "/v4/chat-completions", {
      body: {
        model: "llama-3-2-1b-instruct",
        messages: [{ role: "user", content: "Tell me a story" }],
        model_parameters: { max_tokens: 4, temperature: 0 },
      },
    });
    expect(v4.status).toBe(200);
    expect(specErrors("CreateChatCompletionResponse", v4.body)).toEqual([]);
    expect(v4.body.token_usage.completion).toBeGreaterThan(0);
    expect(v4.body.token_usage.completion).toBeLessThanOrEqual(4);

    const stream = await call(egp, "POST", "/v5/chat/completions", {
      body: {
        model: "llama-3-2-1b-instruct",
        messages: [{ role: "user", content: "Tell me a story" }],
        max_tokens: 4,
        temperature: 0,
        stream: true,
      },
    });
    const frames = (await stream.text())
      .split("\n\n")
      .filter(Boolean)
      .map((f) => JSON.parse(f.replace(/^data: /, "")));
    for (const frame of frames) expect(specErrors("ChatCompletionChunk", frame)).toEqual([]);
    expect(frames.at(-1).choices[0].finish_reason).toBe("length");
    expect(frames.at(-1).usage.completion_tokens).toBe(4);
  });

  test("the OpenAI-compatible model relays its server's answer and counts", async () => {
    openAi.handle(async (request, response) => {
      if (request.path.endsWith("/models"))
        return sendJson(response, 200, { object: "list", data: [{ id: "gpt-4o-mini", object: "model" }] });
      const body = request.body as { stream?: boolean; messages: { role: string; content: string }[] };
      expect(body.messages.at(-1)).toEqual({ role: "user", content: "Hi" });
      if (!body.stream)
        return sendJson(response, 200, {
          id: "x",
          object: "chat.completion",
          created: 0,
          model: "gpt-4o-mini",
          choices: [
            { index: 0, message: { role: "assistant", content: "Hello there" }, finish_reason: "stop" },
          ],
          usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 },
        });
      await sendSse(response, [
        { id: "x", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: "Hello" } }] },
        { id: "x", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: " there" } }] },
        {
          id: "x",
          object: "chat.completion.chunk",
          choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
          usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 },
        },
      ]);
    });
    const whole = await callJson(egp, "POST", "/v4/beta/chat/completions", {
      body: { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] },
    });
    expect(whole.status).toBe(200);
    expect(whole.body.choices[0].message.content).toBe("Hello there");
    expect(whole.body.usage).toEqual({ prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 });

    const stream = await call(egp, "POST", "/v4/chat-completions", {
      body: {
        model: "gpt-4o-mini",
        messages: [{ role: "user", content: "Hi" }],
        instructions: "",
        stream: true,
      },
    });
    const frames = (await stream.text())
      .split("\n\n")
      .filter(Boolean)
      .map((f) => JSON.parse(f.replace(/^data: /, "")));
    expect(frames.map((f) => f.chat_completion.message.content).join("")).toBe("Hello there");
    expect(frames.at(-1).token_usage).toEqual({ prompt: 9, completion: 2, total: 11 });
  });
});
