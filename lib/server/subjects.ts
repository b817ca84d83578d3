import "server-only";
import { cache } from "react";
import { pageEgp } from "../console-context";
import type { EgpClient } from "../egp/client";
import { EgpError } from "../egp/errors";
import type { Deployment, FineTuningJob, Model, ModelTemplate } from "../egp/types";
import { getDeployment } from "../resources/deployments";
import { getFineTuningJob } from "../resources/fine-tuning";
import { getModel } from "../resources/models";
import { getTemplate } from "../resources/templates";

/**
 * The thing a detail page is about, or null when EGP does not know the id (the page answers 404;
 * EGP answers 422 for ids that are not UUIDs, which is "no such thing" to a reader). Cached per
 * request, so generateMetadata and the page share one read.
 */
async function readSubject<T>(load: (egp: EgpClient) => Promise<T>): Promise<T | null> {
  const { egp, settle } = await pageEgp();
  try {
    return await load(egp);
  } catch (error) {
    await settle();
    if (error instanceof EgpError && (error.status === 404 || error.status === 422)) return null;
    throw error;
  }
}

export const loadModel = cache((id: string): Promise<Model | null> =>
  readSubject((egp) => getModel(egp, id)),
);

export const loadDeployment = cache((modelId: string, deploymentId: string): Promise<Deployment | null> =>
  readSubject((egp) => getDeployment(egp, modelId, deploymentId)),
);

export const loadTemplate = cache((id: string): Promise<ModelTemplate | null> =>
  readSubject((egp) => getTemplate(egp, id)),
);

export const loadFineTuningJob = cache((id: string): Promise<FineTuningJob | null> =>
  readSubject((egp) => getFineTuningJob(egp, id)),
);
