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
  const outcome: RequestOutcome = {};
  const meter = new Meter(async (m, error) => {
    const at = now(ctx);
    const latencyMs = Math.max(0, at.getTime() - started.getTime());
    ctx.runtime.deploymentLog?.write(
      target.deployment.id,
      error ? "error" : "info",
      requestSummary(m, latencyMs, error, outcome),
    );
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
        latencyMs,
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
    outcome.reason = error instanceof Error ? error.message : undefined;
    await meter.finish(true);
    throw error;
  }
  outcome.status = response.status;
  if (!meter.isDeferred) await meter.finish(response.status >= 400);
  return response;
}

type RequestOutcome = { status?: number; reason?: string };

// Engine errors may quote an upstream's message; a key-looking token in it is not kept.
const KEY_LIKE = /\b(?:sk|egp|key|api)[-_][A-Za-z0-9_-]{8,}/gi;

/** One line per execution for the deployment's log: never the input, only its outcome and counts. */
function requestSummary(m: Meter, latencyMs: number, error: boolean, outcome: RequestOutcome): string {
  const tokens = `${Math.round(m.promptTokens)} prompt + ${Math.round(m.responseTokens)} response tokens`;
  const status = outcome.status ? ` (${outcome.status})` : "";
  if (!error) return `Request answered${status} in ${latencyMs} ms · ${tokens}`;
  const reason = outcome.reason ? `: ${outcome.reason.replace(KEY_LIKE, "[redacted]").slice(0, 200)}` : "";
  return `Request failed${status} after ${latencyMs} ms${reason}`;
}

export type UsageStatistics = {
  data: {
    date: string;
    prompt_tokens: number;
    response_tokens: number;
    summary_tokens: number;
    /** Not in the spec's DataPoint (which allows more fields): executions, failed ones, mean latency. */
    request_count: number;
    error_count: number;
    average_latency_ms: number | null;
  }[];
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
      request_count: sum?.requests ?? 0,
      error_count: sum?.errors ?? 0,
      average_latency_ms: sum ? sum.latencyMsAvg : null,
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
