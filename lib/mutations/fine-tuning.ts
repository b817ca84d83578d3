import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeleteResult, FineTuningJob, TrainingDataset } from "../egp/types";
import { fineTuningJobQueries, trainingDatasetQueries } from "../queries/fine-tuning";
import type { FineTuningJobInput, TrainingDatasetUpload } from "../schemas/fine-tuning";
import type { Then } from "./then";

export const fineTuningMutations = {
  /** `then` (going to the job's page) runs before the lists refetch. */
  createJob: (queryClient: QueryClient, then?: Then<FineTuningJob, FineTuningJobInput>) =>
    mutationOptions({
      mutationFn: (input: FineTuningJobInput) =>
        fetchJson<FineTuningJob>(apiPaths.fineTuningJobs, { method: "POST", json: input }),
      onSuccess: async (job, input) => {
        queryClient.setQueryData(fineTuningJobQueries.detail(job.id).queryKey, job);
        await then?.(job, input);
        await queryClient.invalidateQueries({ queryKey: fineTuningJobQueries.lists() });
      },
    }),
  /** Cancels a running job or removes a finished one; the page stays and shows the change. */
  removeJob: (queryClient: QueryClient, id: string, then?: Then<DeleteResult, void>) =>
    mutationOptions({
      mutationFn: () => fetchJson<DeleteResult>(apiPaths.fineTuningJob(id), { method: "DELETE" }),
      onSuccess: async (result) => {
        await then?.(result);
        await queryClient.invalidateQueries({ queryKey: fineTuningJobQueries.all });
      },
    }),
  upload: (queryClient: QueryClient, then?: Then<TrainingDataset, TrainingDatasetUpload>) =>
    mutationOptions({
      mutationFn: (upload: TrainingDatasetUpload) =>
        fetchJson<TrainingDataset>(apiPaths.trainingDatasets, { method: "POST", json: upload }),
      onSuccess: async (dataset, upload) => {
        queryClient.setQueryData(trainingDatasetQueries.detail(dataset.id).queryKey, dataset);
        await then?.(dataset, upload);
        await queryClient.invalidateQueries({ queryKey: trainingDatasetQueries.lists() });
      },
    }),
  removeDataset: (queryClient: QueryClient, id: string, then?: Then<DeleteResult, void>) =>
    mutationOptions({
      mutationFn: () => fetchJson<DeleteResult>(apiPaths.trainingDataset(id), { method: "DELETE" }),
      onSuccess: async (result) => {
        await then?.(result);
        await queryClient.invalidateQueries({ queryKey: trainingDatasetQueries.lists() });
      },
    }),
};
