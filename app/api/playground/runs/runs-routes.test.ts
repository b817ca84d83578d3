import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { getConsoleStore } from "@/lib/console-store";
import { RUN_ID_HEADER } from "@/lib/playground/saved-runs";
import { signIn } from "@/tests/console/session-harness";
import { CONSOLE, UPSTREAM, mockRemoteEgp } from "@/tests/remote/harness";
import { POST as execute } from "../execute/route";
import { DELETE as deletePreset } from "../presets/[id]/route";
import { GET as listPresets, POST as savePreset } from "../presets/route";
import { DELETE as deleteRun, GET as getRun } from "./[id]/route";
import { GET as listRuns, POST as importRuns } from "./route";

const server = mockRemoteEgp({ timeoutMs: 2_000, maxRetries: 0 });

const KEYS = { alice: "sk-alice-secret-1111", bob: "sk-bob-secret-2222", eve: "sk-eve-secret-3333" };
type Who = keyof typeof KEYS;
const ACCOUNT: Record<Who, string> = { alice: "acc-1", bob: "acc-1", eve: "acc-2" };

type Handler<P> = (request: Request, args: { params: Promise<P> }) => Promise<Response>;

/** Calls a route as one of three users: alice and bob share acc-1, eve is in acc-2. */
async function as<P>(
  who: Who,
  handler: Handler<P>,
  {
    method = "GET",
    path = "/api/x",
    params = {} as P,
    body,
  }: { method?: string; path?: string; params?: P; body?: unknown } = {},
) {
  const { cookie } = await signIn({
    apiKey: KEYS[who],
    user: { id: who, email: `${who}@example.com`, name: null },
    accounts: [{ id: ACCOUNT[who], name: "Acc", role: "member" }],
    accountId: ACCOUNT[who],
  });
  const headers = new Headers({ host: "console.test", origin: CONSOLE, cookie });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handler(
    new Request(`${CONSOLE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  let parsed = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** Everything the store holds for an account, as text: the "no secret stored" check reads it. */
async function storedText(accountId: string) {
  const store = await getConsoleStore();
  const runs = await store.runs.list({ accountId });
  const full = await Promise.all(runs.map((r) => store.runs.get(accountId, r.id)));
  return JSON.stringify(full);
}

describe("saved playground runs", () => {
  it("saves each run with its input, output, tokens, user and label, and names it in a header", async () => {
    server.use(
      http.post(`${UPSTREAM}/v4/models/:d/embeddings`, () =>
        HttpResponse.json({ embeddings: [["a", [1, 0]]], tokens_used: 3 }),
      ),
    );
    const answer = await as("alice", execute, {
      method: "POST",
      body: {
        modelId: "m-1",
        deploymentId: "d-1",
        modelType: "EMBEDDING",
        label: "Mini",
        request: { texts: ["a"] },
      },
    });
    expect(answer.status).toBe(200);
    const id = answer.headers.get(RUN_ID_HEADER)!;
    expect(id).toBeTruthy();

    const run = await as("bob", getRun, { params: { id } });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({
      id,
      userId: "alice",
      userLabel: "alice@example.com",
      modelType: "EMBEDDING",
      deploymentId: "d-1",
      label: "Mini",
      input: { texts: ["a"] },
      output: { embeddings: [["a", [1, 0]]], tokens_used: 3 },
      ok: true,
      tokens: 3,
      summary: "1 vector × 2 dimensions",
    });
    expect(run.body.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await storedText("acc-1")).not.toContain(KEYS.alice);
  });

  it("saves a failed run with the upstream's detail, and a streamed one once it ended", async () => {
    server.use(
      http.post(`${UPSTREAM}/v4/models/:d/completions`, () =>
        HttpResponse.json({ detail: "Deployment d-down is not READY" }, { status: 400 }),
      ),
      http.post(
        `${UPSTREAM}/v4/models/:d/chat-completions`,
        () =>
          new HttpResponse(
            'data: {"completions":[["p",["Hel"]]]}\n\ndata: {"completions":[["p",["lo"]]],"finish_reason":"stop","prompt_tokens":2,"response_tokens":2}\n\n',
            { headers: { "content-type": "text/event-stream" } },
          ),
      ),
    );
    const failed = await as("alice", execute, {
      method: "POST",
      body: { modelId: "m", deploymentId: "d-down", modelType: "COMPLETION", request: { prompt: "Hi" } },
    });
    expect(failed.status).toBe(400);
    const streamed = await as("alice", execute, {
      method: "POST",
      body: {
        modelId: "m",
        deploymentId: "d-chat",
        modelType: "CHAT_COMPLETION",
        request: { chat_history: [{ role: "user", content: "x" }], prompt: "p", stream: true },
      },
    });
    expect(streamed.status).toBe(200);

    const mine = await as("alice", listRuns, { path: "/api/playground/runs?scope=mine" });
    const byDeployment = Object.fromEntries(
      (mine.body.items as { deploymentId: string; id: string }[]).map((r) => [r.deploymentId, r]),
    );
    expect(byDeployment["d-down"]).toMatchObject({
      ok: false,
      error: "The EGP API rejected the request: Deployment d-down is not READY",
    });
    expect(byDeployment["d-chat"]).toMatchObject({ ok: true, summary: "Hello", tokens: 4 });
    const chat = await as("alice", getRun, { params: { id: byDeployment["d-chat"].id } });
    expect(chat.body.output).toMatchObject({ text: "Hello", finishReason: "stop" });
  });

  it("saves a stream the browser stopped, with what had arrived", async () => {
    server.use(
      http.post(
        `${UPSTREAM}/v4/models/:d/completions`,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('data: {"completions":[["p",["Once"]]]}\n\n'));
                // ...and never ends.
              },
            }),
            { headers: { "content-type": "text/event-stream" } },
          ),
      ),
    );
    const { cookie } = await signIn({
      apiKey: KEYS.alice,
      user: { id: "alice", email: "alice@example.com", name: null },
      accounts: [{ id: "acc-1", name: "Acc", role: "member" }],
      accountId: "acc-1",
    });
    const response = await execute(
      new Request(`${CONSOLE}/api/playground/execute`, {
        method: "POST",
        headers: { host: "console.test", origin: CONSOLE, cookie, "content-type": "application/json" },
        body: JSON.stringify({
          modelId: "m",
          deploymentId: "d-stopped",
          modelType: "COMPLETION",
          request: { prompt: "Tell me", stream: true },
        }),
      }),
      { params: Promise.resolve({}) },
    );
    const id = response.headers.get(RUN_ID_HEADER)!;
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain("Once");
    await reader.cancel();
    const run = await (await getConsoleStore()).runs.get("acc-1", id);
    expect(run).toMatchObject({
      ok: false,
      error: "Stopped before the answer ended.",
      output: { text: "Once" },
      input: { prompt: "Tell me", stream: true },
    });
  });

  it("saves a run whose text holds a NUL character, with U+FFFD in its place", async () => {
    server.use(
      http.post(`${UPSTREAM}/v4/models/:d/embeddings`, () =>
        HttpResponse.json({ embeddings: [["a\u0000", [1]]], tokens_used: 1 }),
      ),
    );
    const answer = await as("alice", execute, {
      method: "POST",
      body: { modelId: "m", deploymentId: "d-nul", modelType: "EMBEDDING", request: { texts: ["a\u0000"] } },
    });
    const run = await (await getConsoleStore()).runs.get("acc-1", answer.headers.get(RUN_ID_HEADER)!);
    expect(run?.input).toEqual({ texts: ["a\uFFFD"] });
  });

  it("lists yours or the account's, searched on the server; another account sees none", async () => {
    server.use(
      http.post(`${UPSTREAM}/v4/models/:d/rerankings`, () => HttpResponse.json({ chunk_scores: [0.1, 0.9] })),
    );
    await as("bob", execute, {
      method: "POST",
      body: {
        modelId: "m",
        deploymentId: "d-r",
        modelType: "RERANKING",
        request: { query: "aardvark habitat", chunks: ["a", "b"] },
      },
    });
    const aliceMine = await as("alice", listRuns, { path: "/api/playground/runs?scope=mine" });
    expect((aliceMine.body.items as { userId: string }[]).every((r) => r.userId === "alice")).toBe(true);
    const account = await as("alice", listRuns, { path: "/api/playground/runs?scope=account&q=AARDVARK" });
    expect(account.body.items).toHaveLength(1);
    expect(account.body.items[0]).toMatchObject({ userId: "bob", summary: "Top: “b”" });
    const eve = await as("eve", listRuns, { path: "/api/playground/runs?scope=account" });
    expect(eve.body.items).toEqual([]);
    expect((await as("alice", listRuns, { path: "/api/playground/runs?scope=everyone" })).status).toBe(422);
  });

  it("moves runs a browser kept into the signed-in user's history", async () => {
    const kept = {
      id: "local-1",
      at: "2026-11-30T10:00:00.000Z",
      modelType: "COMPLETION",
      modelId: "m",
      deploymentId: "d-legacy",
      label: "Old model",
      request: { prompt: "from the browser" },
      ok: true,
      latencyMs: 40,
      tokens: 5,
      summary: "a story",
      error: null,
    };
    const answer = await as("bob", importRuns, { method: "POST", body: { runs: [kept] } });
    expect(answer.body).toEqual({ imported: 1 });
    const mine = await as("bob", listRuns, { path: "/api/playground/runs?scope=mine&q=d-legacy" });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      userId: "bob",
      label: "Old model",
      createdAt: Date.parse(kept.at),
    });
    expect(mine.body.items[0].id).not.toBe("local-1");
    const tooMany = await as("bob", importRuns, { method: "POST", body: { runs: Array(51).fill(kept) } });
    expect(tooMany.status).toBe(422);
  });

  it("another account's run is a 404; only its user deletes it", async () => {
    const id = (
      (await as("alice", listRuns, { path: "/api/playground/runs?scope=mine" })).body.items as {
        id: string;
      }[]
    )[0].id;
    expect((await as("eve", getRun, { params: { id } })).status).toBe(404);
    expect((await as("eve", deleteRun, { method: "DELETE", params: { id } })).status).toBe(404);
    const bob = await as("bob", deleteRun, { method: "DELETE", params: { id } });
    expect(bob.status).toBe(403);
    expect(bob.body.error.message).toBe("Only the user who ran it can delete a run.");
    expect((await as("alice", deleteRun, { method: "DELETE", params: { id } })).status).toBe(200);
    expect((await as("bob", getRun, { params: { id } })).status).toBe(404);
  });
});

describe("playground presets", () => {
  it("saves a named input, shared in the account when asked; only its owner deletes it", async () => {
    const body = { name: "Story", modelType: "COMPLETION", input: { prompt: "Once", temperature: 0.5 } };
    const mine = await as("alice", savePreset, { method: "POST", body });
    expect(mine.status).toBe(200);
    const shared = await as("alice", savePreset, {
      method: "POST",
      body: { ...body, name: "Shared", shared: true },
    });

    const bobSees = await as("bob", listPresets, { path: "/api/playground/presets?modelType=COMPLETION" });
    expect(bobSees.body.items.map((p: { id: string }) => p.id)).toEqual([shared.body.id]);
    const aliceSees = await as("alice", listPresets, { path: "/api/playground/presets" });
    expect(aliceSees.body.items).toHaveLength(2);
    expect((await as("eve", listPresets, { path: "/api/playground/presets" })).body.items).toEqual([]);

    expect((await as("bob", deletePreset, { method: "DELETE", params: { id: shared.body.id } })).status).toBe(
      403,
    );
    expect((await as("bob", deletePreset, { method: "DELETE", params: { id: mine.body.id } })).status).toBe(
      404,
    );
    expect((await as("alice", deletePreset, { method: "DELETE", params: { id: mine.body.id } })).status).toBe(
      200,
    );
  });

  it("refuses NUL characters the store cannot hold, and ids that name nothing", async () => {
    const preset = await as("alice", savePreset, {
      method: "POST",
      body: { name: "Nul", modelType: "EMBEDDING", input: { texts: ["a\u0000b"] } },
    });
    expect(preset.status).toBe(422);
    expect((await as("alice", listRuns, { path: "/api/playground/runs?q=%00" })).status).toBe(422);
    expect((await as("alice", getRun, { params: { id: "a\u0000b" } })).status).toBe(404);
    expect((await as("alice", deletePreset, { method: "DELETE", params: { id: "../x" } })).status).toBe(404);
  });

  it("refuses an unnamed preset and an unknown model type", async () => {
    const answer = await as("alice", savePreset, {
      method: "POST",
      body: { name: "  ", modelType: "IMAGE", input: {} },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.details.map((d: { path: string[] }) => d.path[0]).sort()).toEqual([
      "modelType",
      "name",
    ]);
  });
});
