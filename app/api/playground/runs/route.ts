import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { getConsoleStore } from "@/lib/console-store";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { storableJson } from "@/lib/playground/run-json";
import { legacyRunsBodySchema, runListQuerySchema } from "@/lib/schemas/playground-runs";

/** The signed-in user's runs in this account, or everyone's in it; searched on the server. */
export const GET = withSession(async ({ request, session }) => {
  const { scope, q, before } = parseQuery(request, runListQuerySchema);
  const items = await (
    await getConsoleStore()
  ).runs.list({
    accountId: session.accountId,
    userId: scope === "mine" ? session.user.id : undefined,
    q,
    before,
  });
  return Response.json({ items });
});

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Moves runs the browser kept (an earlier version's history) into the user's saved runs. */
export const POST = withSession(
  async ({ request, session }) => {
    const { runs } = await parseBody(request, legacyRunsBodySchema);
    const store = await getConsoleStore();
    // Oldest first, so the newest stay when the user's runs are pruned.
    for (const run of [...runs].sort((a, b) => a.at.localeCompare(b.at))) {
      await store.runs.save({
        id: crypto.randomUUID(),
        accountId: session.accountId,
        userId: session.user.id,
        userLabel: session.user.email,
        modelType: run.modelType,
        modelId: run.modelId,
        deploymentId: run.deploymentId,
        label: run.label || run.deploymentId,
        inputJson: storableJson(run.request),
        outputJson: null,
        ok: run.ok,
        error: run.error === null ? null : clip(run.error, PLAYGROUND_LIMITS.error),
        latencyMs: run.latencyMs ?? 0,
        tokens: run.tokens,
        summary: clip(run.summary, PLAYGROUND_LIMITS.summary),
        createdAt: Date.parse(run.at),
      });
    }
    return Response.json({ imported: runs.length });
  },
  { action: "models:execute" },
);
