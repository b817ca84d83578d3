import { ApiError } from "@/lib/api/errors";
import { withSession } from "@/lib/api/with-session";
import { getConsoleStore } from "@/lib/console-store";
import { isStoredId } from "@/lib/schemas/playground-runs";

const NOT_FOUND = "This run does not exist in this account.";

/** Anyone in the run's account opens it; in any other account it does not exist. */
export const GET = withSession<{ id: string }>(async ({ params, session }) => {
  const run = isStoredId(params.id)
    ? await (await getConsoleStore()).runs.get(session.accountId, params.id)
    : null;
  if (!run) throw new ApiError("not_found", NOT_FOUND);
  return Response.json(run);
});

/** Only the user who ran it deletes a run. */
export const DELETE = withSession<{ id: string }>(
  async ({ params, session }) => {
    const result = isStoredId(params.id)
      ? await (await getConsoleStore()).runs.delete(session.accountId, session.user.id, params.id)
      : "not-found";
    if (result === "not-found") throw new ApiError("not_found", NOT_FOUND);
    if (result === "not-owner") throw new ApiError("forbidden", "Only the user who ran it can delete a run.");
    return Response.json({ id: params.id, deleted: true });
  },
  { action: "models:execute" },
);
