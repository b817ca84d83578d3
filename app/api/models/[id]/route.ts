import { withSession } from "@/lib/api/with-session";
import { getModel } from "@/lib/resources/models";

export const GET = withSession<{ id: string }>(async ({ params, egp }) =>
  Response.json(await getModel(egp, params.id)),
);
