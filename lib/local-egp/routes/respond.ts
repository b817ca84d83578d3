import type { RouteRequest } from "../http/router";
import type { Paged } from "../store/list";

export const json = (value: unknown) => Response.json(value, { status: 200 });

/** v3 lists are bare arrays (scale_egp); v4 lists are pages (scale_gp). */
export function listResponse<T>(
  req: RouteRequest,
  paged: Paged<T>,
  answer: (value: unknown) => Response = json,
): Response {
  if (req.version === "v3") return answer(paged.items);
  return answer({
    items: paged.items,
    total_item_count: paged.total,
    current_page: paged.page.page,
    items_per_page: paged.page.limit,
  });
}

export const deleted = (count: number) => json({ success: count > 0, count });

/** v3 lists take no paging params, yet must return everything. */
export const v3Page = { page: 1, limit: 10_000 };

export const created = (value: unknown) => Response.json(value, { status: 201 });

export const noContent = () => new Response(null, { status: 204 });
