import { parseQuery, withSession } from "@/lib/api/with-session";
import { listTemplates } from "@/lib/resources/templates";
import { templateListSchema } from "@/lib/schemas/lists";

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listTemplates(egp, parseQuery(request, templateListSchema))),
);
