import { withSession } from "@/lib/api/with-session";
import { listFineTuningJobEvents } from "@/lib/resources/fine-tuning";

export const GET = withSession<{ id: string }>(async ({ params, egp }) =>
  Response.json(await listFineTuningJobEvents(egp, params.id)),
);
