import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { egpClient } from "../egp/connection";
import { EgpError } from "../egp/errors";
import type { Deployment, Model } from "../egp/types";
import { getDeployment } from "../resources/deployments";
import { getModel } from "../resources/models";
import { SESSION_COOKIE, unsealSession } from "../session";

async function client() {
  const session = await unsealSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) redirect("/sign-in");
  return egpClient(session.apiKey, session.accountId);
}

/** EGP answers 422 for ids that are not UUIDs, which is "no such thing" to a reader. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof EgpError && (error.status === 404 || error.status === 422)) return null;
    throw error;
  }
}

/** The model for a server page, or null when EGP does not know the id (the page answers 404). */
export const loadModel = cache(async (id: string): Promise<Model | null> => {
  const egp = await client();
  return orNull(() => getModel(egp, id));
});

export const loadDeployment = cache(
  async (modelId: string, deploymentId: string): Promise<Deployment | null> => {
    const egp = await client();
    return orNull(() => getDeployment(egp, modelId, deploymentId));
  },
);

/** Server data for SeedQueries: JSON text, stamped with when it was read. */
export const seedEntry = (queryKey: readonly unknown[], data: unknown) => ({
  queryKey,
  json: JSON.stringify(data),
  updatedAt: Date.now(),
});
