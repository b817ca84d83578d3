import { ApiError } from "@/lib/api/errors";
import { withSession } from "@/lib/api/with-session";
import { findTemplateElsewhere } from "@/lib/resources/template-elsewhere";

/** A template of another of the user's accounts (name, type, account), for a model.json made there. */
export const GET = withSession<{ id: string }>(async ({ params, session }) => {
  const found = await findTemplateElsewhere(session, params.id);
  if (!found) throw new ApiError("not_found", "None of your other accounts has this template.");
  return Response.json(found);
});
