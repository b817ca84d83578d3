import { ApiError } from "@/lib/api/errors";
import { withSession } from "@/lib/api/with-session";
import { getConsoleStore } from "@/lib/console-store";
import { isStoredId } from "@/lib/schemas/playground-runs";

/** Only its owner deletes a preset. */
export const DELETE = withSession<{ id: string }>(
  async ({ params, session }) => {
    const result = isStoredId(params.id)
      ? await (await getConsoleStore()).presets.delete(session.accountId, session.user.id, params.id)
      : "not-found";
    if (result === "not-found")
      throw new ApiError("not_found", "This preset does not exist in this account.");
    if (result === "not-owner")
      throw new ApiError("forbidden", "Only the user who saved it can delete a preset.");
    return Response.json({ id: params.id, deleted: true });
  },
  { action: "models:execute" },
);
