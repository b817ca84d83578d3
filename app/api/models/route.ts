import { parseQuery, withSession } from "@/lib/api/with-session";
import { listModels } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listModels(egp, parseQuery(request, modelListSchema))),
);
