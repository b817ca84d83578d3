import type { Metadata } from "next";

import { Prefetched, type ServerQuery } from "@/components/data-table/prefetched";
import { UsersUnavailable } from "@/components/forms/users/unavailable";
import { getConsoleContext } from "@/lib/console-context";
import { toUserPage, userQueries } from "@/lib/queries/users";
import { can } from "@/lib/roles";
import { REMOTE_USERS_MESSAGE, listUsers } from "@/lib/resources/users";
import { UsersClient } from "./client";

export const metadata: Metadata = { title: "Users" };

export default async function Page() {
  const ctx = await getConsoleContext();
  if (ctx?.mode.kind === "remote") return <UsersUnavailable message={REMOTE_USERS_MESSAGE} />;
  const role = ctx?.accounts.find((a) => a.id === ctx.currentAccountId)?.role ?? null;
  if (!can(role, "users:manage"))
    return <UsersUnavailable message="Only the admins of this account manage its users and API keys." />;
  const list: ServerQuery = {
    queryKey: userQueries.list().queryKey,
    load: async (egp) => toUserPage(await listUsers(egp)),
  };
  return (
    <Prefetched queries={[list]}>
      <UsersClient />
    </Prefetched>
  );
}
