import { BODY_LIMITS } from "@/lib/limits";
import { parseBody, withSession } from "@/lib/api/with-session";
import { forward } from "@/lib/playground/execute";
import { zooCall } from "@/lib/playground/zoo";
import { zooBodySchema } from "@/lib/schemas/playground-zoo";

/** A built-in model by name: `/v4/completions` or `/v4/chat-completions`, streamed or not. */
export const POST = withSession(
  async ({ request, session }) =>
    forward(
      { apiKey: session.apiKey, accountId: session.accountId },
      zooCall(await parseBody(request, zooBodySchema, BODY_LIMITS.execute)),
      request.signal,
    ),
  { action: "models:execute" },
);
