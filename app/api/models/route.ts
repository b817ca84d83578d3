import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { createModel } from "@/lib/resources/model-mutations";
import { listModelsAnswer } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";
import { modelCreateSchema } from "@/lib/schemas/models";
import { servedDirectly } from "@/lib/server/direct-routes";

// The models list is the console's most read route: `npm start` calls it without Next's router.
export const GET = servedDirectly(
  "GET",
  "/api/models",
  withSession(async ({ request, egp }) => listModelsAnswer(egp, parseQuery(request, modelListSchema))),
);

export const POST = withSession(
  async ({ request, egp, session }) =>
    Response.json(await createModel(egp, session.accountId, await parseBody(request, modelCreateSchema))),
  { action: "models:write" },
);
