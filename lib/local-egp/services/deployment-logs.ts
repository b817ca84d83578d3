import "server-only";
import type { LogLine } from "../runtime/deployment-log";
import { getDeploymentRow } from "../store/deployments";
import type { Ctx } from "./context";

export type DeploymentLogPage = { deployment_id: string; items: LogLine[]; last_seq: number; epoch: string };

/** The deployment's own lines kept by this process, after `after`; 404 outside the caller's account. */
export async function deploymentLogs(
  ctx: Ctx,
  deploymentId: string,
  after: number,
): Promise<DeploymentLogPage> {
  const row = await getDeploymentRow(ctx.db, ctx.caller.accountId, deploymentId);
  const items = ctx.runtime.deploymentLog.read(row.id, after);
  return {
    deployment_id: row.id,
    items,
    last_seq: items.at(-1)?.seq ?? after,
    epoch: ctx.runtime.deploymentLog.epoch,
  };
}
