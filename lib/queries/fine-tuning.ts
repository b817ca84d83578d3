import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type {
  FineTuningJob,
  FineTuningJobEvent,
  Page,
  TrainingDataset,
  TrainingDatasetItem,
} from "../egp/types";
import type { FineTuningJobListParams, TrainingDatasetListParams } from "../schemas/fine-tuning";
import { toSearch } from "./search";

const jobs = ["fine-tuning-jobs"] as const;
const datasets = ["training-datasets"] as const;

export const fineTuningJobQueries = {
  all: jobs,
  lists: () => [...jobs, "list"] as const,
  list: (params: Partial<FineTuningJobListParams>) =>
    queryOptions({
      queryKey: [...jobs, "list", params] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<FineTuningJob>>(`${apiPaths.fineTuningJobs}${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...jobs, "detail", id] as const,
      queryFn: ({ signal }) => fetchJson<FineTuningJob>(apiPaths.fineTuningJob(id), { signal }),
    }),
  events: (id: string) =>
    queryOptions({
      queryKey: [...jobs, "events", id] as const,
      queryFn: ({ signal }) => fetchJson<FineTuningJobEvent[]>(apiPaths.fineTuningJobEvents(id), { signal }),
    }),
};

export const trainingDatasetQueries = {
  all: datasets,
  lists: () => [...datasets, "list"] as const,
  list: (params: Partial<TrainingDatasetListParams>) =>
    queryOptions({
      queryKey: [...datasets, "list", params] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<TrainingDataset>>(`${apiPaths.trainingDatasets}${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...datasets, "detail", id] as const,
      queryFn: ({ signal }) => fetchJson<TrainingDataset>(apiPaths.trainingDataset(id), { signal }),
    }),
  contents: (id: string) =>
    queryOptions({
      queryKey: [...datasets, "contents", id] as const,
      queryFn: ({ signal }) =>
        fetchJson<TrainingDatasetItem[]>(apiPaths.trainingDatasetContents(id), { signal }),
      staleTime: Infinity,
    }),
};
