import { parseQuery, withSession } from "@/lib/api/with-session";
import { listModelDeployments } from "@/lib/resources/deployments";
import { deploymentListSchema } from "@/lib/schemas/lists";

export const GET = withSession<{ id: string }>(async ({ request, params, egp }) =>
  Response.json(await listModelDeployments(egp, params.id, parseQuery(request, deploymentListSchema))),
);
