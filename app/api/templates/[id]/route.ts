import { withSession } from "@/lib/api/with-session";
import { getTemplate } from "@/lib/resources/templates";

export const GET = withSession<{ id: string }>(async ({ params, egp }) =>
  Response.json(await getTemplate(egp, params.id)),
);
