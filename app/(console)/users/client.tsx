"use client";

import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { UserPlusIcon, UsersIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/empty-state";
import { userColumns } from "@/components/data-table/users/columns";
import { AddUserDialog, RevokeKeyDialog } from "@/components/forms/users/lazy";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { LocalApiKey, LocalUser } from "@/lib/egp/local-users";
import { userQueries } from "@/lib/queries/users";

export function UsersClient() {
  const { currentAccount, user } = useConsole();
  const query = useQuery(userQueries.list());
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<{ user: LocalUser; key: LocalApiKey } | null>(null);
  const columns = useMemo(
    () => userColumns({ selfId: user.id, onRevoke: (u, key) => setRevoking({ user: u, key }) }),
    [user.id],
  );
  const add = (
    <Button onClick={() => setAdding(true)}>
      <UserPlusIcon /> Add user
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Users"
        description={`Who can use ${currentAccount?.name ?? "this account"}, with which role, and their API keys.`}
        actions={add}
      />
      <section aria-label="Users" className="flex flex-col gap-4">
        <DataTable
          label="Users"
          columns={columns}
          query={query}
          getRowId={(u) => u.id}
          sort={null}
          onSortChange={() => undefined}
          skeletonRows={3}
          empty={
            <EmptyState icon={UsersIcon} title="No users" description="Add a user to share this account." />
          }
        />
      </section>
      <AddUserDialog open={adding} onOpenChange={setAdding} />
      <RevokeKeyDialog
        target={revoking}
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
      />
    </>
  );
}
