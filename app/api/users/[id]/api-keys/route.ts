import { withSession } from "@/lib/api/with-session";
import { mintKey } from "@/lib/resources/users";

type Params = { id: string };

export const POST = withSession<Params>(
  async ({ params, egp }) => Response.json(await mintKey(egp, params.id)),
  { action: "users:manage" },
);
