import { z } from "zod";

export const USAGE_SCOPES = ["models", "deployments", "groups"] as const;
export type UsageScope = (typeof USAGE_SCOPES)[number];

/** Whose usage: a model by name, a deployment or a group by id. */
export const usageTargetSchema = z.object({
  scope: z.enum(USAGE_SCOPES),
  id: z.string().min(1).max(255),
});

/** The spec's query (all three required), as the console API takes them. */
export const usageQuerySchema = z
  .object({
    start_date: z.iso.datetime({ offset: true }),
    end_date: z.iso.datetime({ offset: true }),
    chunks: z.coerce.number().int().min(1).max(500),
  })
  .refine((q) => Date.parse(q.end_date) > Date.parse(q.start_date), {
    path: ["end_date"],
    message: "The end must be after the start",
  });
export type UsageQuery = z.infer<typeof usageQuerySchema>;

/** One bucket; the counts and latency are the embedded server's extras, absent from Scale GP. */
export const usagePointSchema = z.object({
  date: z.string(),
  prompt_tokens: z.number(),
  response_tokens: z.number(),
  summary_tokens: z.number(),
  request_count: z.number().optional(),
  error_count: z.number().optional(),
  average_latency_ms: z.number().nullable().optional(),
});
export type UsagePoint = z.infer<typeof usagePointSchema>;
export type UsageStatistics = { data: UsagePoint[]; start_date: string; end_date: string };
