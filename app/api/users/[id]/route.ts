import { parseBody, withSession } from "@/lib/api/with-session";
import { changeRole, removeUser } from "@/lib/resources/users";
import { rolePatchSchema } from "@/lib/schemas/users";

type Params = { id: string };

export const PATCH = withSession<Params>(
  async ({ request, params, egp }) =>
    Response.json(await changeRole(egp, params.id, await parseBody(request, rolePatchSchema))),
  { action: "users:manage" },
);

export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await removeUser(egp, params.id)),
  { action: "users:manage" },
);
