import type { Metadata } from "next";
import { UsersIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";

export const metadata: Metadata = { title: "Groups" };

// Placeholder until the groups feature lands.
export default function Page() {
  return (
    <>
      <PageHeader title="Groups" description="Groups of models served together." />
      <Empty className="min-h-80 flex-none border">
        <EmptyHeader>
          <EmptyMedia variant="icon">
            <UsersIcon />
          </EmptyMedia>
          <EmptyTitle>Nothing here yet</EmptyTitle>
          <EmptyDescription>Groups will appear here.</EmptyDescription>
        </EmptyHeader>
      </Empty>
    </>
  );
}
