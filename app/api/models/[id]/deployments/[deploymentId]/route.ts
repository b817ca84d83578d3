import { withSession } from "@/lib/api/with-session";
import { getDeployment } from "@/lib/resources/deployments";

export const GET = withSession<{ id: string; deploymentId: string }>(async ({ params, egp }) =>
  Response.json(await getDeployment(egp, params.id, params.deploymentId)),
);
