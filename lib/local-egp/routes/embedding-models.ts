import "server-only";
import type { Route } from "../http/router";
import { withCaller, type Services } from "../services/context";
import { listEmbeddingModels } from "../services/embedding-models";
import { json } from "./respond";

export function embeddingModelRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: "/v4/knowledge-base-embedding-models",
      needs: "read",
      handler: async (req) => json(await listEmbeddingModels(withCaller(s, req.auth))),
    },
  ];
}
