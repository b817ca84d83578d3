import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type {
  DeleteResult,
  FineTuningJob,
  FineTuningJobEvent,
  Page,
  TrainingDataset,
  TrainingDatasetItem,
  TrainingDatasetSchemaType,
} from "../egp/types";
import type {
  FineTuningJobInput,
  FineTuningJobListParams,
  TrainingDatasetListParams,
} from "../schemas/fine-tuning";
import { withExtras } from "./query";

export function listFineTuningJobs(egp: EgpClient, p: FineTuningJobListParams): Promise<Page<FineTuningJob>> {
  const query = withExtras({ page: p.page, limit: p.limit }, { status: p.status, base_model_id: p.model });
  return unwrap(egp.GET("/v4/fine-tuning-jobs", { params: { query } }));
}

const jobPath = (id: string) => ({ params: { path: { fine_tuning_job_id: id } } });

export const getFineTuningJob = (egp: EgpClient, id: string): Promise<FineTuningJob> =>
  unwrap(egp.GET("/v4/fine-tuning-jobs/{fine_tuning_job_id}", jobPath(id)));

export const listFineTuningJobEvents = (egp: EgpClient, id: string): Promise<FineTuningJobEvent[]> =>
  unwrap(egp.GET("/v4/fine-tuning-jobs/{fine_tuning_job_id}/events", jobPath(id)));

export const createFineTuningJob = (
  egp: EgpClient,
  accountId: string,
  input: FineTuningJobInput,
): Promise<FineTuningJob> =>
  unwrap(egp.POST("/v4/fine-tuning-jobs", { body: { ...input, account_id: accountId } }));

export const deleteFineTuningJob = (egp: EgpClient, id: string): Promise<DeleteResult> =>
  unwrap(egp.DELETE("/v4/fine-tuning-jobs/{fine_tuning_job_id}", jobPath(id)));

export function listTrainingDatasets(
  egp: EgpClient,
  p: TrainingDatasetListParams,
): Promise<Page<TrainingDataset>> {
  const query = withExtras({ page: p.page, limit: p.limit }, { name: p.q });
  return unwrap(egp.GET("/v4/training-datasets", { params: { query } }));
}

const datasetPath = (id: string) => ({ params: { path: { training_dataset_id: id } } });

export const getTrainingDataset = (egp: EgpClient, id: string): Promise<TrainingDataset> =>
  unwrap(egp.GET("/v4/training-datasets/{training_dataset_id}", datasetPath(id)));

export const getTrainingDatasetContents = (egp: EgpClient, id: string): Promise<TrainingDatasetItem[]> =>
  unwrap(egp.GET("/v4/training-datasets/{training_dataset_id}/contents", datasetPath(id)));

export const deleteTrainingDataset = (egp: EgpClient, id: string): Promise<DeleteResult> =>
  unwrap(egp.DELETE("/v4/training-datasets/{training_dataset_id}", datasetPath(id)));

/** Uploads a checked dataset file as the spec's multipart body. */
export function uploadTrainingDataset(
  egp: EgpClient,
  accountId: string,
  upload: {
    name: string;
    schemaType: TrainingDatasetSchemaType;
    fileName: string;
    content: string;
    type: string;
  },
): Promise<TrainingDataset> {
  return unwrap(
    egp.POST("/v4/training-datasets", {
      body: { account_id: accountId, name: upload.name, schema_type: upload.schemaType, file: "" },
      bodySerializer: () => {
        const form = new FormData();
        form.set("account_id", accountId);
        form.set("name", upload.name);
        form.set("schema_type", upload.schemaType);
        form.set("file", new Blob([upload.content], { type: upload.type }), upload.fileName);
        return form;
      },
    }),
  );
}
