import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { createModel } from "@/lib/resources/model-mutations";
import { listModelsAnswer } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";
import { modelCreateSchema } from "@/lib/schemas/models";

export const GET = withSession(async ({ request, egp }) =>
  listModelsAnswer(egp, parseQuery(request, modelListSchema)),
);

export const POST = withSession(
  async ({ request, egp, session }) =>
    Response.json(await createModel(egp, session.accountId, await parseBody(request, modelCreateSchema))),
  { action: "models:write" },
);
