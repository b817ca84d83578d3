import { ApiError } from "@/lib/api/errors";
import { parseBody, parseQuery, withSession } from "@/lib/api/with-session";
import { BODY_LIMITS } from "@/lib/limits";
import { KIND_INFO, parseDataset, toJsonl } from "@/lib/fine-tuning/datasets";
import { listTrainingDatasets, uploadTrainingDataset } from "@/lib/resources/fine-tuning";
import { trainingDatasetListSchema, trainingDatasetUploadSchema } from "@/lib/schemas/fine-tuning";

/** How many row problems one answer lists; the count says how many there were in all. */
const MAX_DETAILS = 200;

export const GET = withSession(async ({ request, egp }) =>
  Response.json(await listTrainingDatasets(egp, parseQuery(request, trainingDatasetListSchema))),
);

/**
 * Checks every row of the file before anything is sent upstream: a dataset with a bad row is refused
 * whole (422, one detail per problem, path ["content", row]), so nothing is stored half-way.
 */
export const POST = withSession(
  async ({ request, egp, session }) => {
    const upload = await parseBody(request, trainingDatasetUploadSchema, BODY_LIMITS.execute);
    const parsed = parseDataset(upload.content, upload.kind, { fileName: upload.file_name });
    if (parsed.issues.length) {
      const count = parsed.issues.length;
      throw new ApiError(
        "unprocessable",
        `The dataset has ${count} problem${count > 1 ? "s" : ""}; fix ${count > 1 ? "them" : "it"} and upload again.`,
        {
          details: parsed.issues
            .slice(0, MAX_DETAILS)
            .map((issue) => ({ path: ["content", issue.row], message: issue.message })),
        },
      );
    }
    const base = upload.file_name.replace(/\.[^.]*$/, "") || "dataset";
    return Response.json(
      await uploadTrainingDataset(egp, session.accountId, {
        name: upload.name,
        schemaType: upload.schema_type ?? KIND_INFO[upload.kind].schemaType,
        fileName: `${base}.jsonl`,
        content: toJsonl(upload.kind, parsed.rows),
        type: "application/jsonl",
      }),
    );
  },
  { action: "models:write" },
);
