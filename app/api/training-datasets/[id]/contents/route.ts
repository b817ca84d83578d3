import { withSession } from "@/lib/api/with-session";
import { getTrainingDatasetContents } from "@/lib/resources/fine-tuning";

export const GET = withSession<{ id: string }>(async ({ params, egp }) =>
  Response.json(await getTrainingDatasetContents(egp, params.id)),
);
