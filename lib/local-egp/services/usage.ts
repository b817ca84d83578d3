import "server-only";
import { NotFound } from "../domain/errors";
import { getDeploymentRow } from "../store/deployments";
import { getGroupRow } from "../store/groups";
import { findModelIdByName } from "../store/models";
import { insertUsageEvent, usageBuckets, type UsageRange, type UsageScope } from "../store/usage";
import type { Ctx } from "./context";
import type { Target } from "./execute";

/** Token counts of one execution, gathered by whichever path runs it. */
export class Meter {
  promptTokens = 0;
  responseTokens = 0;
  private deferred = false;
  private finished = false;

  constructor(private readonly record: (m: Meter, error: boolean) => Promise<void>) {}

  add(promptTokens: number, responseTokens: number) {
    this.promptTokens += promptTokens;
    this.responseTokens += responseTokens;
  }

  /** A streamed answer is recorded when its stream ends, not when its Response is handed back. */
  defer(): (error: boolean) => Promise<void> {
    this.deferred = true;
    return (error) => this.finish(error);
  }

  get isDeferred() {
    return this.deferred;
  }

  finish(error: boolean): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.finished = true;
    return this.record(this, error);
  }
}

const now = (ctx: Ctx) => (ctx.now ? ctx.now() : new Date());

/**
 * Runs one execution and records it once, failed or not: one insert after the answer (or when a stream
 * ends). A failed insert is logged and never fails the execution it describes.
 */
export async function metered(
  ctx: Ctx,
  target: Target,
  run: (target: Target) => Promise<Response>,
): Promise<Response> {
  const started = now(ctx);
  const meter = new Meter(async (m, error) => {
    const at = now(ctx);
    try {
      await insertUsageEvent(ctx.db, {
        accountId: ctx.caller.accountId,
        deploymentId: target.deployment.id,
        modelId: target.model.id,
        modelName: target.model.name,
        modelGroupId: target.model.modelGroupId,
        at: started,
        promptTokens: Math.round(m.promptTokens),
        responseTokens: Math.round(m.responseTokens),
        latencyMs: Math.max(0, at.getTime() - started.getTime()),
        error,
      });
    } catch {
      console.error("A usage event could not be recorded");
    }
  });
  let response: Response;
  try {
    response = await run({ ...target, meter });
  } catch (error) {
    await meter.finish(true);
    throw error;
  }
  if (!meter.isDeferred) await meter.finish(response.status >= 400);
  return response;
}

export type UsageStatistics = {
  data: { date: string; prompt_tokens: number; response_tokens: number; summary_tokens: number }[];
  start_date: string;
  end_date: string;
};

/**
 * `chunks` equal buckets over start..end, each dated by its start; empty ones are zeros. As the spec
 * describes ModelUsageResponse, start_date and end_date are the first and last dates of the list.
 */
async function statistics(ctx: Ctx, scope: UsageScope, range: UsageRange): Promise<UsageStatistics> {
  const sums = await usageBuckets(ctx.db, ctx.caller.accountId, scope, range);
  const byBucket = new Map(sums.map((s) => [s.bucket, s]));
  const width = (range.end.getTime() - range.start.getTime()) / range.chunks;
  const data = Array.from({ length: range.chunks }, (_, i) => {
    const sum = byBucket.get(i);
    const prompt = sum?.promptTokens ?? 0;
    const response = sum?.responseTokens ?? 0;
    return {
      date: new Date(range.start.getTime() + Math.floor(i * width)).toISOString(),
      prompt_tokens: prompt,
      response_tokens: response,
      summary_tokens: prompt + response,
    };
  });
  return { data, start_date: data[0].date, end_date: data[data.length - 1].date };
}

/** By the model's name as recorded at each execution; 404 when no model of the account has that name. */
export async function modelUsage(ctx: Ctx, modelName: string, range: UsageRange) {
  if (!(await findModelIdByName(ctx.db, ctx.caller.accountId, modelName)))
    throw new NotFound("Model", modelName);
  return statistics(ctx, { modelName }, range);
}

export async function deploymentUsage(ctx: Ctx, deploymentId: string, range: UsageRange) {
  await getDeploymentRow(ctx.db, ctx.caller.accountId, deploymentId);
  return statistics(ctx, { deploymentId }, range);
}

/** By the group the model was in at each execution. */
export async function groupUsage(ctx: Ctx, groupId: string, range: UsageRange) {
  await getGroupRow(ctx.db, ctx.caller.accountId, groupId);
  return statistics(ctx, { modelGroupId: groupId }, range);
}
