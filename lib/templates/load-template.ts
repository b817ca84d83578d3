import "server-only";
import { cache } from "react";
import { pageEgp } from "../console-context";
import { EgpError } from "../egp/errors";
import type { ModelTemplate } from "../egp/types";
import { getTemplate } from "../resources/templates";

/** The template for a server page, or null when EGP does not know the id (the page answers 404). */
export const loadTemplate = cache(async (id: string): Promise<ModelTemplate | null> => {
  const { egp, settle } = await pageEgp();
  try {
    return await getTemplate(egp, id);
  } catch (error) {
    await settle();
    // EGP answers 422 for ids that are not UUIDs, which is "no such template" to a reader.
    if (error instanceof EgpError && (error.status === 404 || error.status === 422)) return null;
    throw error;
  }
});
