import type { Metadata } from "next";
import { FlaskConicalIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";

export const metadata: Metadata = { title: "Playground" };

// Placeholder until the playground feature lands.
export default function Page() {
  return (
    <>
      <PageHeader title="Playground" description="Try a deployment with your own input." />
      <Empty className="min-h-80 flex-none border">
        <EmptyHeader>
          <EmptyMedia variant="icon">
            <FlaskConicalIcon />
          </EmptyMedia>
          <EmptyTitle>Nothing here yet</EmptyTitle>
          <EmptyDescription>Playground will appear here.</EmptyDescription>
        </EmptyHeader>
      </Empty>
    </>
  );
}
