import "server-only";
import { egpClient } from "../egp/connection";
import { isUsableRole } from "../roles";
import type { SessionData } from "../session";
import type { TemplateElsewhere } from "../templates/same-name";
import { getTemplate } from "./templates";

/**
 * The template `id` as another account of the session's user holds it (a model.json exported there),
 * looked up with the user's own key in each account they may read; null when none has it. An account
 * that answers an error (404, 403, a failure) is one that does not.
 */
export async function findTemplateElsewhere(
  session: SessionData,
  id: string,
): Promise<TemplateElsewhere | null> {
  const others = session.accounts.filter((a) => a.id !== session.accountId && isUsableRole(a.role));
  const found = await Promise.all(
    others.map((account) =>
      getTemplate(egpClient(session.apiKey, account.id), id).then(
        (template) => ({ template, account }),
        () => null,
      ),
    ),
  );
  const hit = found.find((f) => f !== null);
  if (!hit) return null;
  const { template, account } = hit;
  return {
    id: template.id,
    name: template.name,
    model_type: template.model_type,
    account: { id: account.id, name: account.name },
  };
}
