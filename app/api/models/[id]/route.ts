import { parseBody, withSession } from "@/lib/api/with-session";
import { deleteModel, updateModel } from "@/lib/resources/model-mutations";
import { getModel } from "@/lib/resources/models";
import { modelPatchSchema } from "@/lib/schemas/models";

type Params = { id: string };

export const GET = withSession<Params>(async ({ params, egp }) =>
  Response.json(await getModel(egp, params.id)),
);

export const PATCH = withSession<Params>(
  async ({ request, params, egp }) =>
    Response.json(await updateModel(egp, params.id, await parseBody(request, modelPatchSchema))),
  { action: "models:write" },
);

export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await deleteModel(egp, params.id)),
  { action: "models:write" },
);
