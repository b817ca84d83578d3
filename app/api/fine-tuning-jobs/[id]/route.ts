import { withSession } from "@/lib/api/with-session";
import { deleteFineTuningJob, getFineTuningJob } from "@/lib/resources/fine-tuning";

type Params = { id: string };

export const GET = withSession<Params>(async ({ params, egp }) =>
  Response.json(await getFineTuningJob(egp, params.id)),
);

/** Cancels a job that is still running, or removes a finished one. */
export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await deleteFineTuningJob(egp, params.id)),
  { action: "models:write" },
);
