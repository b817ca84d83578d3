import type { Model, ModelGroup, Page } from "@/lib/egp/types";

const CREATED = "2025-05-06T12:00:00Z";

/** Shaped as the spec's ModelInstanceResponseWithViews (all required fields present). */
export function specModel(i: number): Model {
  return {
    id: `model-${i}`,
    name: `model-${i}`,
    display_name: `Model ${i}`,
    model_type: "COMPLETION",
    model_vendor: "LAUNCH",
    created_at: CREATED,
    account_id: "acc-1",
    created_by_user_id: "user-1",
    request_schema: {},
    response_schema: {},
    deployment_count: 0,
    supports_multi_turn: false,
    deployments: [],
  };
}

export function specGroup(name: string): ModelGroup {
  return {
    id: "group-1",
    name,
    description: "",
    created_at: CREATED,
    account_id: "acc-1",
    created_by_user_id: "user-1",
  };
}

export function specPage<T>(items: T[], current = 1, perPage = 25): Page<T> {
  return { items, total_item_count: items.length, current_page: current, items_per_page: perPage };
}

/** FastAPI's HTTPValidationError, as every EGP operation documents its 422. */
export const fastApi422 = {
  detail: [
    { loc: ["body", "name"], msg: "Field required", type: "missing" },
    { loc: ["body", "description"], msg: "Input should be a valid string", type: "string_type" },
  ],
};
