import { BODY_LIMITS } from "@/lib/limits";
import { parseBody, withSession } from "@/lib/api/with-session";
import { executeRun } from "@/lib/playground/execute";
import { SavedRun } from "@/lib/playground/saved-runs";
import { executeBodySchema } from "@/lib/schemas/playground";
import { servedDirectly } from "@/lib/server/direct-routes";

// Every run is saved in the console's store, failed and stopped ones too; its id answers in a header.
// The playground's hot path: `npm start` calls it without Next's router (lib/server/direct-routes.ts).
export const POST = servedDirectly(
  "POST",
  "/api/playground/execute",
  withSession(
    async ({ request, session }) => {
      const body = await parseBody(request, executeBodySchema, BODY_LIMITS.execute);
      const run = new SavedRun(session, body);
      let response: Response;
      try {
        response = await executeRun(
          { apiKey: session.apiKey, accountId: session.accountId },
          body,
          request.signal,
        );
      } catch (error) {
        await run.failed(error);
        throw error;
      }
      return run.track(response);
    },
    { action: "models:execute" },
  ),
);
