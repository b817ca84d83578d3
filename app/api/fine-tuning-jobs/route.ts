import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { createFineTuningJob, listFineTuningJobs } from "@/lib/resources/fine-tuning";
import { fineTuningJobListSchema, fineTuningJobSchema } from "@/lib/schemas/fine-tuning";

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listFineTuningJobs(egp, parseQuery(request, fineTuningJobListSchema))),
);

// A job makes a new model in the base model's group: it needs the right to change models.
export const POST = withSession(
  async ({ request, egp, session }) =>
    Response.json(
      await createFineTuningJob(egp, session.accountId, await parseBody(request, fineTuningJobSchema)),
    ),
  { action: "models:write" },
);
