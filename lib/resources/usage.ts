import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import { usagePointSchema, type UsageQuery, type UsageScope, type UsageStatistics } from "../schemas/usage";

/** The spec's usage-statistics operations, by scope: a model by name, a deployment or group by id. */
export async function getUsage(
  egp: EgpClient,
  scope: UsageScope,
  id: string,
  query: UsageQuery,
): Promise<UsageStatistics> {
  const params = { query };
  const answer = await unwrap(
    scope === "models"
      ? egp.GET("/v4/models/{model_name}/usage-statistics", {
          params: { ...params, path: { model_name: id } },
        })
      : scope === "deployments"
        ? egp.GET("/v4/model-deployments/{model_deployment_id}/usage-statistics", {
            params: { ...params, path: { model_deployment_id: id } },
          })
        : egp.GET("/v4/model-groups/{model_group_id}/usage-statistics", {
            params: { ...params, path: { model_group_id: id } },
          }),
  );
  // Only the fields the chart reads (zod drops the rest); extras of the wrong type are left out.
  const data = answer.data.map((point) => {
    const parsed = usagePointSchema.safeParse(point);
    return parsed.success ? parsed.data : usagePointSchema.parse(tokensOnly(point));
  });
  return { data, start_date: answer.start_date, end_date: answer.end_date };
}

const tokensOnly = ({
  date,
  prompt_tokens,
  response_tokens,
  summary_tokens,
}: UsageStatistics["data"][number]) => ({
  date,
  prompt_tokens,
  response_tokens,
  summary_tokens,
});
