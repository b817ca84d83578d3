import type { OperationKey } from "./spec-operations";

/** What a coverage step is: one call of an operation, and the ids it keeps for the steps after it. */

export type Ctx = Record<string, string>;
export type Step = {
  op: OperationKey;
  /** The concrete path, from ids gathered so far. */
  path: (ctx: Ctx) => string;
  query?: (ctx: Ctx) => Record<string, string>;
  body?: (ctx: Ctx) => unknown;
  multipart?: (ctx: Ctx) => FormData;
  /** Keeps ids from a 2xx answer for later steps. */
  keep?: (body: unknown, ctx: Ctx) => void;
};

export const id = (body: unknown) => (body as { id: string }).id;
