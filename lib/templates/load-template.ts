import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { egpClient } from "../egp/connection";
import { EgpError } from "../egp/errors";
import type { ModelTemplate } from "../egp/types";
import { getTemplate } from "../resources/templates";
import { SESSION_COOKIE, unsealSession } from "../session";

/** The template for a server page, or null when EGP does not know the id (the page answers 404). */
export const loadTemplate = cache(async (id: string): Promise<ModelTemplate | null> => {
  const session = await unsealSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) redirect("/sign-in");
  try {
    return await getTemplate(egpClient(session.apiKey, session.accountId), id);
  } catch (error) {
    // EGP answers 422 for ids that are not UUIDs, which is "no such template" to a reader.
    if (error instanceof EgpError && (error.status === 404 || error.status === 422)) return null;
    throw error;
  }
});
