import { withSession } from "@/lib/api/with-session";
import { deleteTemplate } from "@/lib/resources/template-mutations";
import { getTemplate } from "@/lib/resources/templates";

export const GET = withSession<{ id: string }>(async ({ params, egp }) =>
  Response.json(await getTemplate(egp, params.id)),
);

export const DELETE = withSession<{ id: string }>(
  async ({ params, egp }) => Response.json(await deleteTemplate(egp, params.id)),
  { action: "templates:write" },
);
