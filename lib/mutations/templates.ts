import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeleteResult, ModelTemplate } from "../egp/types";
import type { TemplateRequest } from "../schemas/templates";
import { templateQueries } from "../queries/templates";
import type { Then } from "./then";

export const templateMutations = {
  /** The new template is cached for its page before `then` goes there; the lists refetch after. */
  create: (queryClient: QueryClient, then?: Then<ModelTemplate, TemplateRequest>) =>
    mutationOptions({
      mutationFn: (request: TemplateRequest) =>
        fetchJson<ModelTemplate>(apiPaths.templates, { method: "POST", json: request }),
      onSuccess: async (template, request) => {
        queryClient.setQueryData(templateQueries.detail(template.id).queryKey, template);
        await then?.(template, request);
        await queryClient.invalidateQueries({ queryKey: templateQueries.lists() });
      },
    }),
  /** `then` leaves the page before the lists refetch. */
  remove: (queryClient: QueryClient, id: string, then?: Then<DeleteResult, void>) =>
    mutationOptions({
      mutationFn: () => fetchJson<DeleteResult>(apiPaths.template(id), { method: "DELETE" }),
      onSuccess: async (result) => {
        await then?.(result);
        await queryClient.invalidateQueries({ queryKey: templateQueries.lists() });
      },
    }),
};
