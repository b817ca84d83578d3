import "server-only";
import type { Route } from "../http/router";
import { readForm } from "../http/multipart";
import { parseBody, parsePage } from "../http/validation";
import { FineTuningJobRequestSchema } from "../schemas/fine-tuning";
import { withCaller, type Services } from "../services/context";
import {
  createJob,
  datasetContents,
  deleteDataset,
  deleteJob,
  getDataset,
  getJob,
  listDatasets,
  listEvents,
  listJobs,
  uploadDataset,
  type DatasetUpload,
} from "../services/fine-tuning";
import { deleted, json, listResponse, v3Page } from "./respond";

const datasets = "/{version:v3|v4}/training-datasets";
const jobs = "/{version:v3|v4}/fine-tuning-jobs";

/** The spec's Body_POST-V4-/training-datasets: account_id, name, schema_type and the file, as a form. */
async function readDatasetUpload(request: Request, fileBytes: number | undefined): Promise<DatasetUpload> {
  const form = await readForm(request, fileBytes);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : null;
  };
  const part = form.get("file");
  return {
    accountId: text("account_id"),
    name: text("name"),
    schemaType: text("schema_type"),
    file:
      part !== null && typeof part !== "string"
        ? { filename: part.name, mimeType: part.type, content: new Uint8Array(await part.arrayBuffer()) }
        : null,
  };
}

export function fineTuningRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: datasets,
      needs: "read",
      handler: async (req) => {
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        return listResponse(
          req,
          await listDatasets(withCaller(s, req.auth), req.query.get("account_id"), page),
        );
      },
    },
    {
      method: "POST",
      pattern: datasets,
      // The member level is checked by uploadDataset, in the account the form names.
      needs: "read",
      handler: async (req) =>
        json(await uploadDataset(withCaller(s, req.auth), await readDatasetUpload(req.request, s.fileBytes))),
    },
    {
      method: "GET",
      pattern: `${datasets}/{training_dataset_id}`,
      needs: "read",
      handler: async (req) => json(await getDataset(withCaller(s, req.auth), req.params.training_dataset_id)),
    },
    {
      method: "DELETE",
      pattern: `${datasets}/{training_dataset_id}`,
      needs: "models:write",
      action: "delete training datasets",
      handler: async (req) =>
        deleted(await deleteDataset(withCaller(s, req.auth), req.params.training_dataset_id)),
    },
    {
      method: "GET",
      pattern: `${datasets}/{training_dataset_id}/contents`,
      needs: "read",
      handler: async (req) =>
        json(await datasetContents(withCaller(s, req.auth), req.params.training_dataset_id)),
    },
    {
      method: "GET",
      pattern: jobs,
      needs: "read",
      handler: async (req) => {
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        return listResponse(req, await listJobs(withCaller(s, req.auth), req.query.get("account_id"), page));
      },
    },
    {
      method: "POST",
      pattern: jobs,
      // The member level is checked by createJob, in the account the body names.
      needs: "read",
      handler: async (req) =>
        json(
          await createJob(withCaller(s, req.auth), await parseBody(req.request, FineTuningJobRequestSchema)),
        ),
    },
    {
      method: "GET",
      pattern: `${jobs}/{fine_tuning_job_id}`,
      needs: "read",
      handler: async (req) => json(await getJob(withCaller(s, req.auth), req.params.fine_tuning_job_id)),
    },
    {
      method: "DELETE",
      pattern: `${jobs}/{fine_tuning_job_id}`,
      needs: "models:write",
      action: "cancel or delete fine-tuning jobs",
      handler: async (req) => json(await deleteJob(withCaller(s, req.auth), req.params.fine_tuning_job_id)),
    },
    {
      method: "GET",
      pattern: `${jobs}/{fine_tuning_job_id}/events`,
      needs: "read",
      handler: async (req) => json(await listEvents(withCaller(s, req.auth), req.params.fine_tuning_job_id)),
    },
  ];
}
