import { ApiError } from "@/lib/api/errors";
import { parseQuery, withSession } from "@/lib/api/with-session";
import { getUsage } from "@/lib/resources/usage";
import { usageQuerySchema, usageTargetSchema } from "@/lib/schemas/usage";

type Params = { scope: string; id: string };

export const GET = withSession<Params>(async ({ request, params, egp }) => {
  const target = usageTargetSchema.safeParse(params);
  if (!target.success) throw new ApiError("not_found", "There is no usage of that kind.");
  const query = parseQuery(request, usageQuerySchema);
  return Response.json(await getUsage(egp, target.data.scope, target.data.id, query));
});
