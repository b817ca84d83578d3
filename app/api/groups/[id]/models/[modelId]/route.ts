import { withSession } from "@/lib/api/with-session";
import { addModelToGroup } from "@/lib/resources/groups";

export const POST = withSession<{ id: string; modelId: string }>(
  async ({ params, egp }) => Response.json(await addModelToGroup(egp, params.id, params.modelId)),
  { action: "groups:write" },
);
