import type { Metadata } from "next";
import { BoxIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";

export const metadata: Metadata = { title: "Models" };

// Placeholder until the models feature lands.
export default function Page() {
  return (
    <>
      <PageHeader title="Models" description="Models registered on the platform." />
      <Empty className="min-h-80 flex-none border">
        <EmptyHeader>
          <EmptyMedia variant="icon">
            <BoxIcon />
          </EmptyMedia>
          <EmptyTitle>Nothing here yet</EmptyTitle>
          <EmptyDescription>Models will appear here.</EmptyDescription>
        </EmptyHeader>
      </Empty>
    </>
  );
}
