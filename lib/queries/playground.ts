import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type {
  PlaygroundPreset,
  PlaygroundRun,
  PlaygroundRunSummary,
  RunScope,
} from "../playground/run-types";
import type { PlaygroundModelType } from "../schemas/playground";
import { toSearch } from "./search";

const runs = ["playground-runs"] as const;
const presets = ["playground-presets"] as const;

export const playgroundQueries = {
  runs,
  runLists: () => [...runs, "list"] as const,
  runList: (params: { scope: RunScope; q?: string }) =>
    queryOptions({
      queryKey: [...runs, "list", params] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ items: PlaygroundRunSummary[] }>(
          `${apiPaths.playgroundRuns}${toSearch({ scope: params.scope, q: params.q || undefined })}`,
          { signal },
        ),
      placeholderData: keepPreviousData,
    }),
  run: (id: string) =>
    queryOptions({
      queryKey: [...runs, "detail", id] as const,
      queryFn: ({ signal }) => fetchJson<PlaygroundRun>(apiPaths.playgroundRun(id), { signal }),
    }),
  presets,
  presetList: (modelType: PlaygroundModelType) =>
    queryOptions({
      queryKey: [...presets, "list", modelType] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ items: PlaygroundPreset[] }>(`${apiPaths.playgroundPresets}${toSearch({ modelType })}`, {
          signal,
        }),
    }),
};
