import { BODY_LIMITS } from "@/lib/limits";
import { parseBody, withSession } from "@/lib/api/with-session";
import { executeRun } from "@/lib/playground/execute";
import { executeBodySchema } from "@/lib/schemas/playground";

export const POST = withSession(
  async ({ request, session }) =>
    executeRun(
      { apiKey: session.apiKey, accountId: session.accountId },
      await parseBody(request, executeBodySchema, BODY_LIMITS.execute),
      request.signal,
    ),
  { action: "models:execute" },
);
