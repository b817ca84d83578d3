import { executeSteps } from "./spec-coverage-execute-steps";
import { resourceSteps, teardownSteps } from "./spec-coverage-resource-steps";
import type { Step } from "./spec-coverage-step";

export type { Ctx, Step } from "./spec-coverage-step";

/**
 * One step per operation of the models subset spec, in an order where each call's ids come from earlier
 * answers (spec-coverage.ts runs them and checks both sides).
 */
export function steps(accountId: string): Step[] {
  return [...resourceSteps(accountId), ...executeSteps(), ...teardownSteps()];
}
