import { withSession } from "@/lib/api/with-session";
import { revokeKey } from "@/lib/resources/users";

type Params = { id: string; keyId: string };

export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await revokeKey(egp, params.id, params.keyId)),
  { action: "users:manage" },
);
