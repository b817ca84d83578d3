import { describe, expect, test } from "vitest";
import { getConsoleStore } from "@/lib/console-store";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { newSession } from "@/lib/session";
import { withMemoryConsoleStore } from "@/tests/console/session-harness";
import { RUN_ID_HEADER, SavedRun } from "./saved-runs";

// What a run keeps of its input and answer: the answer's bytes sent on as they came, NUL replaced,
// and what is over the limits left out with the run still saved.
withMemoryConsoleStore();

const session = () =>
  newSession({
    apiKey: "sk-test-key-0000",
    user: { id: "u1", email: "u1@example.com", name: null },
    accounts: [{ id: "acc", name: "Acc", role: "member" }],
    accountId: "acc",
  });

const embedding = (texts: string[]) =>
  ({ modelId: "m", deploymentId: "d", modelType: "EMBEDDING", request: { texts } }) as const;

async function tracked(body: ReturnType<typeof embedding>, answer: string) {
  const run = new SavedRun(session(), body);
  const response = await run.track(
    new Response(answer, { status: 200, headers: { "content-type": "application/json" } }),
  );
  const sent = await response.text();
  const saved = await (await getConsoleStore()).runs.get("acc", response.headers.get(RUN_ID_HEADER)!);
  return { sent, saved };
}

describe("a saved run", () => {
  test("sends the answer's bytes on as they came and keeps the answer, U+0000 replaced", async () => {
    const answer = '{"embeddings":[["a\\u0000",[0.5, 1]]],  "tokens_used":1}';
    const { sent, saved } = await tracked(embedding(["a\u0000"]), answer);
    expect(sent).toBe(answer);
    expect(saved).toMatchObject({
      ok: true,
      input: { texts: ["a\uFFFD"] },
      output: { embeddings: [["a\uFFFD", [0.5, 1]]], tokens_used: 1 },
      summary: "1 vector × 2 dimensions",
    });
  });

  test("U+0000 in the run's text fields is replaced too: ids, label, and a summary quoting the input", async () => {
    const run = new SavedRun(session(), {
      modelId: "m\u0000",
      deploymentId: "d\u0000",
      label: "label \u0000",
      modelType: "RERANKING",
      request: { query: "q", chunks: ["a\u0000b"] },
    });
    const response = await run.track(Response.json({ chunk_scores: [0.9] }));
    const saved = await (await getConsoleStore()).runs.get("acc", response.headers.get(RUN_ID_HEADER)!);
    expect(saved).toMatchObject({
      modelId: "m\uFFFD",
      deploymentId: "d\uFFFD",
      label: "label \uFFFD",
      summary: "Top: “a\uFFFDb”",
      input: { query: "q", chunks: ["a\uFFFDb"] },
    });
  });

  test("an answer over the output limit is sent whole, and the run saved without it", async () => {
    const vector = Array.from({ length: 40_000 }, (_, i) => i / 7);
    const answer = JSON.stringify({ embeddings: [["long", vector]], tokens_used: 1 });
    expect(answer.length).toBeGreaterThan(PLAYGROUND_LIMITS.outputBytes);
    const { sent, saved } = await tracked(embedding(["long"]), answer);
    expect(sent).toBe(answer);
    expect(saved).toMatchObject({ ok: true, output: null, summary: "1 vector × 40000 dimensions" });
  });

  test("an input over its limit is kept as a note of its size", async () => {
    const text = "x".repeat(PLAYGROUND_LIMITS.inputBytes);
    const { saved } = await tracked(embedding([text]), '{"embeddings":[],"tokens_used":0}');
    expect(saved?.input).toEqual({
      omitted: "The input (1 MB) was too large to keep.",
    });
  });

  test("an answer that is not JSON is sent on and saved without an output", async () => {
    const { sent, saved } = await tracked(embedding(["a"]), "not json");
    expect(sent).toBe("not json");
    expect(saved).toMatchObject({ ok: true, output: null });
  });
});
