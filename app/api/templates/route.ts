import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { createTemplate } from "@/lib/resources/template-mutations";
import { listTemplates } from "@/lib/resources/templates";
import { templateListSchema } from "@/lib/schemas/lists";
import { templateRequestSchema } from "@/lib/schemas/templates";

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listTemplates(egp, parseQuery(request, templateListSchema))),
);

export const POST = withSession(
  async ({ request, egp, session }) =>
    Response.json(
      await createTemplate(egp, session.accountId, await parseBody(request, templateRequestSchema)),
    ),
  { action: "templates:write" },
);
