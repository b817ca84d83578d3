import { parseQuery, withSession } from "@/lib/api/with-session";
import { listDeployments } from "@/lib/resources/deployments";
import { deploymentListSchema } from "@/lib/schemas/lists";

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listDeployments(egp, parseQuery(request, deploymentListSchema))),
);
