import { ApiError } from "@/lib/api/errors";
import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { getConsoleStore } from "@/lib/console-store";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { runClock } from "@/lib/playground/saved-runs";
import { presetBodySchema, presetListQuerySchema } from "@/lib/schemas/playground-runs";

/** Your presets and those shared in the account. */
export const GET = withSession(async ({ request, session }) => {
  const { modelType } = parseQuery(request, presetListQuerySchema);
  const items = await (
    await getConsoleStore()
  ).presets.list(session.accountId, session.user.id, modelType ? [modelType] : undefined);
  return Response.json({ items });
});

/** Saves the input under a name; the same name (for this model type) saves over the earlier one. */
export const POST = withSession(
  async ({ request, session }) => {
    const body = await parseBody(request, presetBodySchema);
    const preset = await (
      await getConsoleStore()
    ).presets.save({
      id: crypto.randomUUID(),
      accountId: session.accountId,
      userId: session.user.id,
      userLabel: session.user.email,
      name: body.name,
      modelType: body.modelType,
      input: body.input,
      shared: body.shared,
      at: runClock.now(),
    });
    if (!preset) {
      throw new ApiError(
        "unprocessable",
        `You have ${PLAYGROUND_LIMITS.presetsPerUser} presets in this account; delete one to save another.`,
      );
    }
    return Response.json(preset);
  },
  { action: "models:execute" },
);
