import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { LocalUser, LocalUserList } from "../egp/local-users";
import type { Page } from "../egp/types";

const all = ["users"] as const;

/** The account's users arrive whole (a local instance has few); as one page, for DataTable. */
export const toUserPage = (list: LocalUserList): Page<LocalUser> => ({
  items: list.items,
  total_item_count: list.total_item_count,
  current_page: 1,
  items_per_page: Math.max(list.items.length, 1),
});

export const userQueries = {
  all,
  lists: () => [...all, "list"] as const,
  list: () =>
    queryOptions({
      queryKey: [...all, "list"] as const,
      queryFn: async ({ signal }) => toUserPage(await fetchJson<LocalUserList>(apiPaths.users, { signal })),
    }),
};
