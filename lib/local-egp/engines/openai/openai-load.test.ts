import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EngineLoadError, loadEngine } from "../index";
import { sendJson, startFakeOpenAiServer } from "../../testing/fake-openai-server";

const SECRET = "sk-test-5ecret-never-shown";
let server: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

function loadOpenAi(config: Record<string, string | number> = {}) {
  return loadEngine({
    image: "openai-compatible",
    config: { BASE_URL: server.baseUrl, MODEL: "llama3", API_KEY: SECRET, ...config },
  });
}

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

describe("openai-compatible load failures", () => {
  it("fails with an actionable reason when BASE_URL is unreachable", async () => {
    const { baseUrl } = server;
    await server.close();
    server = await startFakeOpenAiServer(); // afterEach closes this one
    await expect(
      loadEngine({ image: "openai-compatible", config: { BASE_URL: baseUrl, MODEL: "m" } }),
    ).rejects.toThrow(
      new EngineLoadError(
        `openai-compatible: cannot reach ${baseUrl}/models (ECONNREFUSED). Start the server or fix BASE_URL.`,
      ),
    );
  });

  it("fails within READY_TIMEOUT_MS when the server does not answer", async () => {
    server.handle(() => undefined);
    await expect(loadOpenAi({ READY_TIMEOUT_MS: 200 })).rejects.toThrow(
      new EngineLoadError(
        `openai-compatible: ${server.baseUrl}/models did not answer within 0.2 s. Start the server or fix BASE_URL.`,
      ),
    );
  });

  it("never puts API_KEY in the reason when the server refuses it", async () => {
    server.handle((_req, res) =>
      sendJson(res, 401, { error: { message: `Incorrect API key provided: ${SECRET}` } }),
    );
    const failure = await loadOpenAi().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineLoadError);
    expect(String(failure)).not.toContain(SECRET);
    expect((failure as Error).message).toBe(
      `openai-compatible: ${server.baseUrl}/models refused the credentials (HTTP 401). Check API_KEY.`,
    );
  });

  it("rejects a BASE_URL that is not http(s) or that carries user:password, without echoing it", async () => {
    for (const BASE_URL of ["ftp://x", "not a url"]) {
      await expect(loadEngine({ image: "openai-compatible", config: { BASE_URL } })).rejects.toThrow(
        "openai-compatible: BASE_URL must be an http(s) URL such as http://127.0.0.1:11434/v1.",
      );
    }
    const failure = await loadEngine({
      image: "openai-compatible",
      config: { BASE_URL: "http://user:hunter2@127.0.0.1:1/v1" },
    }).catch((error: unknown) => error);
    expect(failure).toEqual(
      new EngineLoadError(
        "openai-compatible: BASE_URL must not contain user:password (put the key in API_KEY).",
      ),
    );
  });
});
