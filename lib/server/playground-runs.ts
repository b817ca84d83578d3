import "server-only";
import { cache } from "react";
import { requirePageSession } from "../console-context";
import { getConsoleStore } from "../console-store";
import type { PlaygroundRun } from "../playground/run-types";
import { isStoredId } from "../schemas/playground-runs";

/** A saved run of the signed-in account, or null (another account's run is as absent as a missing one). */
export const loadPlaygroundRun = cache(async (id: string): Promise<PlaygroundRun | null> => {
  const { session } = await requirePageSession();
  if (!isStoredId(id)) return null;
  return (await getConsoleStore()).runs.get(session.accountId, id);
});
