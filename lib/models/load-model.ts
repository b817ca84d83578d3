import "server-only";
import { cache } from "react";
import { pageEgp } from "../console-context";
import type { EgpClient } from "../egp/client";
import { EgpError } from "../egp/errors";
import type { Deployment, Model } from "../egp/types";
import { getDeployment } from "../resources/deployments";
import { getModel } from "../resources/models";

/** EGP answers 422 for ids that are not UUIDs, which is "no such thing" to a reader. */
async function orNull<T>(load: (egp: EgpClient) => Promise<T>): Promise<T | null> {
  const { egp, settle } = await pageEgp();
  try {
    return await load(egp);
  } catch (error) {
    await settle();
    if (error instanceof EgpError && (error.status === 404 || error.status === 422)) return null;
    throw error;
  }
}

/** The model for a server page, or null when EGP does not know the id (the page answers 404). */
export const loadModel = cache(async (id: string): Promise<Model | null> => {
  return orNull((egp) => getModel(egp, id));
});

export const loadDeployment = cache(
  async (modelId: string, deploymentId: string): Promise<Deployment | null> => {
    return orNull((egp) => getDeployment(egp, modelId, deploymentId));
  },
);

/** Server data for SeedQueries: JSON text, stamped with when it was read. */
export const seedEntry = (queryKey: readonly unknown[], data: unknown) => ({
  queryKey,
  json: JSON.stringify(data),
  updatedAt: Date.now(),
});
