import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { createGroup, listGroups } from "@/lib/resources/groups";
import { groupSchema } from "@/lib/schemas/groups";
import { groupListSchema } from "@/lib/schemas/lists";

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listGroups(egp, parseQuery(request, groupListSchema))),
);

export const POST = withSession(
  async ({ request, egp, session }) =>
    Response.json(await createGroup(egp, session.accountId, await parseBody(request, groupSchema))),
  { action: "groups:write" },
);
