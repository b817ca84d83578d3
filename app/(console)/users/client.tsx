"use client";

import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { UserPlusIcon, UsersIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { ListPage } from "@/components/data-table/list-page";
import { USERS_TABLE_CLASS, userColumns } from "@/components/data-table/users/columns";
import { AddUserDialog, RevokeKeyDialog } from "@/components/forms/users/lazy";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { LocalApiKey, LocalUser } from "@/lib/egp/local-users";
import { userQueries } from "@/lib/queries/users";

/** The account's users arrive whole (a local instance has few): one page, no URL state. */
export function UsersClient() {
  const { currentAccount, user } = useConsole();
  const query = useQuery(userQueries.list());
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<{ user: LocalUser; key: LocalApiKey } | null>(null);
  const columns = useMemo(
    () => userColumns({ selfId: user.id, onRevoke: (u, key) => setRevoking({ user: u, key }) }),
    [user.id],
  );

  return (
    <ListPage
      title="Users"
      description={`Who can use ${currentAccount?.name ?? "this account"}, with which role, and their API keys.`}
      actions={
        <Button onClick={() => setAdding(true)}>
          <UserPlusIcon /> Add user
        </Button>
      }
      query={query}
      columns={columns}
      skeletonRows={3}
      tableClassName={USERS_TABLE_CLASS}
      empty={<EmptyState icon={UsersIcon} title="No users" description="Add a user to share this account." />}
    >
      <AddUserDialog open={adding} onOpenChange={setAdding} />
      <RevokeKeyDialog
        target={revoking}
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
      />
    </ListPage>
  );
}
