import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sendSse, startFakeOpenAiServer } from "../testing/fake-openai-server";
import type { LocalEgp } from "../index";
import { startLocalEgpWorker } from "./client";

// The real embedded server on a worker thread (in-memory PGlite, real engine loader), driven the way the
// console drives it: Web Requests in, Web Responses out.
const KEY = "egp_worker_test_key_0123456789abcdef";
let egp: LocalEgp;
let exits = 0;
let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;

const get = (path: string, headers: Record<string, string> = {}) =>
  egp.handle(new Request(`http://local/egp${path}`, { headers: { "x-api-key": KEY, ...headers } }));
const post = (path: string, body: unknown) =>
  egp.handle(
    new Request(`http://local/egp${path}`, {
      method: "POST",
      headers: { "x-api-key": KEY, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

beforeAll(async () => {
  fake = await startFakeOpenAiServer(["fake-chat"]);
  egp = await startLocalEgpWorker(
    { dataDir: "memory://", adminKey: KEY, quiet: true, engineAllowedHosts: "127.0.0.1" },
    { onExit: () => exits++ },
  );
}, 60_000);
afterAll(async () => {
  await egp?.close();
  await fake?.close();
});

/** One READY chat deployment on the fake OpenAI server, made once for the tests that generate. */
let chat: Promise<{ id: string }> | undefined;
function chatDeployment() {
  return (chat ??= (async () => {
    const templates = (await (await get("/v4/model-templates?limit=100")).json()).items as {
      id: string;
      model_type: string;
      vendor_configuration: { bundle_config: { image: string } };
    }[];
    const template = templates.find(
      (t) =>
        t.model_type === "CHAT_COMPLETION" &&
        t.vendor_configuration.bundle_config.image === "openai-compatible",
    )!;
    const model = await (
      await post("/v4/models", {
        name: "worker-chat",
        model_type: "CHAT_COMPLETION",
        model_template_id: template.id,
        model_creation_parameters: { BASE_URL: fake.baseUrl, MODEL: "fake-chat" },
        account_id: egp.bootstrap.accountId,
      })
    ).json();
    const deployment = await (
      await post(`/v4/models/${model.id}/deployments`, { name: "worker-chat-dep" })
    ).json();
    await expect
      .poll(
        async () => (await (await get(`/v4/models/${model.id}/deployments/${deployment.id}`)).json()).status,
        {
          timeout: 30_000,
        },
      )
      .toBe("READY");
    return deployment as { id: string };
  })());
}

describe("the embedded EGP server on a worker thread", () => {
  test("answers reads and writes with status, headers and body intact", async () => {
    expect(egp.bootstrap.adminKey).toBe(KEY);
    const info = await get("/user-info");
    expect(info.status).toBe(200);
    expect(info.headers.get("content-type")).toContain("application/json");
    expect((await info.json()).id).toBe(egp.bootstrap.adminUserId);

    const invalid = await post("/v4/models", { name: "" });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).detail.length).toBeGreaterThan(0);

    // A body past the Buffer pool's size crosses as its own buffer, uncopied: it must arrive whole.
    const large = await post("/v4/models", { name: "", description: "x".repeat(100_000) });
    expect(large.status).toBe(422);
    expect(JSON.stringify(await large.json())).not.toContain("json_invalid");

    expect((await get("/v4/nothing-here")).status).toBe(404);
    expect((await egp.handle(new Request("http://local/v4/models"))).status).toBe(401);
  });

  test("concurrent requests each get their own answer", async () => {
    const pages = await Promise.all(
      [1, 2, 3, 1, 2, 3].map(
        async (limit) => (await (await get(`/v4/models?limit=${limit}`)).json()).items.length,
      ),
    );
    expect(pages).toEqual([1, 2, 3, 1, 2, 3]);
  });

  test("sign-in tokens are created and redeemed once across the thread boundary", async () => {
    const token = await egp.createSignInToken(egp.bootstrap.adminUserId);
    const redeemed = await egp.redeemSignInToken(token);
    expect(redeemed?.userId).toBe(egp.bootstrap.adminUserId);
    expect(await egp.redeemSignInToken(token)).toBeNull();
  });

  test("an event stream arrives frame by frame; a reader that cancels midway leaves the server serving", async () => {
    const deployment = await chatDeployment();
    const words = ["Hel", "lo", " there"];
    fake.handle((_req, res) =>
      sendSse(res, [
        ...words.map((content) => ({ choices: [{ index: 0, delta: { content } }] })),
        { choices: [{ index: 0, delta: {}, finish_reason: "stop" }] },
      ]),
    );
    const stream = await post(`/v4/models/${deployment.id}/chat-completions`, {
      chat_history: [],
      prompt: "hi",
      stream: true,
    });
    expect(stream.headers.get("content-type")).toBe("text/event-stream");
    const reads: string[] = [];
    const decoder = new TextDecoder();
    const frames = stream.body!.getReader();
    for (let read = await frames.read(); !read.done; read = await frames.read()) {
      reads.push(decoder.decode(read.value));
    }
    const text = reads.join("");
    expect(reads.length).toBeGreaterThan(1);
    expect(text).toContain("Hel");
    expect(text).toContain("finish_reason");

    // A long stream that the reader abandons: the worker cancels its side and keeps serving.
    fake.handle((_req, res) =>
      sendSse(
        res,
        Array.from({ length: 400 }, () => ({ choices: [{ index: 0, delta: { content: "x" } }] })),
      ),
    );
    const long = await post(`/v4/models/${deployment.id}/chat-completions`, {
      chat_history: [],
      prompt: "hi",
      stream: true,
    });
    const reader = long.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect((await get("/user-info")).status).toBe(200);
  }, 60_000);

  test("aborting a non-streamed run aborts the engine's request while it works", async () => {
    const deployment = await chatDeployment();
    let reached!: () => void;
    const working = new Promise<void>((resolve) => (reached = resolve));
    let engineAborted!: () => void;
    const aborted = new Promise<void>((resolve) => (engineAborted = resolve));
    // The fake never answers: only the engine's own signal can end this request.
    fake.handle((_req, res) => {
      res.on("close", engineAborted);
      reached();
    });
    const stop = new AbortController();
    const run = egp.handle(
      new Request(`http://local/egp/v4/models/${deployment.id}/chat-completions`, {
        method: "POST",
        headers: { "x-api-key": KEY, "content-type": "application/json" },
        body: JSON.stringify({ chat_history: [], prompt: "hi" }),
        signal: stop.signal,
      }),
    );
    await working;
    stop.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    await aborted;
    fake.handle(undefined);
    expect((await get("/user-info")).status).toBe(200);
  }, 60_000);

  test("after close, calls fail and the owner hears of the exit", async () => {
    await egp.close();
    await expect(get("/user-info")).rejects.toThrow(/exited/);
    expect(exits).toBe(1);
  });
});

test("a server that cannot start rejects with the reason", async () => {
  await expect(
    startLocalEgpWorker({
      dataDir: "memory://",
      databaseUrl: "postgres://nobody@127.0.0.1:1/none",
      quiet: true,
    }),
  ).rejects.toThrow();
}, 60_000);
