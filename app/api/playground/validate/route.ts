import { parseBody, withSession } from "@/lib/api/with-session";
import { validateForModel } from "@/lib/playground/validate";
import { validateBodySchema } from "@/lib/schemas/playground";

export const POST = withSession(async ({ request, egp }) =>
  Response.json(await validateForModel(egp, await parseBody(request, validateBodySchema))),
);
