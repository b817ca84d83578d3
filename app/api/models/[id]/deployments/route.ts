import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { createDeployment } from "@/lib/resources/deployment-mutations";
import { listModelDeployments } from "@/lib/resources/deployments";
import { deploymentListSchema } from "@/lib/schemas/lists";
import { deploymentCreateSchema } from "@/lib/schemas/models";

type Params = { id: string };

export const GET = withSession<Params>(async ({ request, params, egp }) =>
  Response.json(await listModelDeployments(egp, params.id, parseQuery(request, deploymentListSchema))),
);

export const POST = withSession<Params>(
  async ({ request, params, egp, session }) =>
    Response.json(
      await createDeployment(
        egp,
        session.accountId,
        params.id,
        await parseBody(request, deploymentCreateSchema),
      ),
    ),
  { action: "deployments:write" },
);
