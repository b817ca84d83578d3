import { BODY_LIMITS } from "@/lib/limits";
import { parseBody, withSession } from "@/lib/api/with-session";
import { rankRun } from "@/lib/playground/execute";
import { rankBodySchema } from "@/lib/schemas/playground";

export const POST = withSession(
  async ({ request, session }) =>
    rankRun(
      { apiKey: session.apiKey, accountId: session.accountId },
      await parseBody(request, rankBodySchema, BODY_LIMITS.execute),
      request.signal,
    ),
  { action: "models:execute" },
);
