import type { Metadata } from "next";
import { LayoutTemplateIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";

export const metadata: Metadata = { title: "Templates" };

// Placeholder until the templates feature lands.
export default function Page() {
  return (
    <>
      <PageHeader title="Templates" description="Reusable model templates that models are created from." />
      <Empty className="min-h-80 flex-none border">
        <EmptyHeader>
          <EmptyMedia variant="icon">
            <LayoutTemplateIcon />
          </EmptyMedia>
          <EmptyTitle>Nothing here yet</EmptyTitle>
          <EmptyDescription>Templates will appear here.</EmptyDescription>
        </EmptyHeader>
      </Empty>
    </>
  );
}
