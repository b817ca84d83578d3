import { parseQuery, withSession } from "@/lib/api/with-session";
import { getDeploymentLogs } from "@/lib/resources/deployment-logs";
import { deploymentLogQuerySchema } from "@/lib/schemas/deployment-logs";

type Params = { id: string; deploymentId: string };

export const GET = withSession<Params>(async ({ request, params, egp }) => {
  const { after } = parseQuery(request, deploymentLogQuerySchema);
  return Response.json(await getDeploymentLogs(egp, params.id, params.deploymentId, after));
});
