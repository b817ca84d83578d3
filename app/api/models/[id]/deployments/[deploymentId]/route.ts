import { parseBody, withSession } from "@/lib/api/with-session";
import { deleteDeployment, updateDeployment } from "@/lib/resources/deployment-mutations";
import { getDeployment } from "@/lib/resources/deployments";
import { deploymentPatchSchema } from "@/lib/schemas/models";

type Params = { id: string; deploymentId: string };

export const GET = withSession<Params>(async ({ params, egp }) =>
  Response.json(await getDeployment(egp, params.id, params.deploymentId)),
);

export const PATCH = withSession<Params>(
  async ({ request, params, egp }) =>
    Response.json(
      await updateDeployment(
        egp,
        params.id,
        params.deploymentId,
        await parseBody(request, deploymentPatchSchema),
      ),
    ),
  { action: "deployments:write" },
);

export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await deleteDeployment(egp, params.id, params.deploymentId)),
  { action: "deployments:write" },
);
