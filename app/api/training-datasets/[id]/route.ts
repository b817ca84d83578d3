import { withSession } from "@/lib/api/with-session";
import { deleteTrainingDataset, getTrainingDataset } from "@/lib/resources/fine-tuning";

type Params = { id: string };

export const GET = withSession<Params>(async ({ params, egp }) =>
  Response.json(await getTrainingDataset(egp, params.id)),
);

export const DELETE = withSession<Params>(
  async ({ params, egp }) => Response.json(await deleteTrainingDataset(egp, params.id)),
  { action: "models:write" },
);
