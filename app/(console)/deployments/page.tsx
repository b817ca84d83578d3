import type { Metadata } from "next";
import { RocketIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";

export const metadata: Metadata = { title: "Deployments" };

// Placeholder until the deployments feature lands.
export default function Page() {
  return (
    <>
      <PageHeader title="Deployments" description="Model endpoints and their status." />
      <Empty className="min-h-80 flex-none border">
        <EmptyHeader>
          <EmptyMedia variant="icon">
            <RocketIcon />
          </EmptyMedia>
          <EmptyTitle>Nothing here yet</EmptyTitle>
          <EmptyDescription>Deployments will appear here.</EmptyDescription>
        </EmptyHeader>
      </Empty>
    </>
  );
}
