import { parseBody, withSession } from "@/lib/api/with-session";
import { deleteGroup, getGroup, updateGroup } from "@/lib/resources/groups";
import { groupPatchSchema } from "@/lib/schemas/groups";

type Params = { id: string };

export const GET = withSession<Params>(async ({ params, egp }) =>
  Response.json(await getGroup(egp, params.id)),
);

export const PATCH = withSession<Params>(
  async ({ request, params, egp }) =>
    Response.json(await updateGroup(egp, params.id, await parseBody(request, groupPatchSchema))),
  { action: "groups:write" },
);

export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await deleteGroup(egp, params.id)),
  { action: "groups:write" },
);
