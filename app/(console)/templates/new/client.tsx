"use client";

import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { RoleGate } from "@/components/shell/role-gate";
import { AdminsOnly } from "./_components/admins-only";
import { CreateTemplate } from "./_components/create-template";
import { hrefs } from "@/lib/hrefs";

export function NewTemplateClient() {
  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs items={[{ label: "Templates", href: hrefs.templates() }, { label: "New template" }]} />
      <RoleGate
        action="templates:write"
        fallback={
          <>
            <PageHeader title="New template" />
            <AdminsOnly />
          </>
        }
      >
        <CreateTemplate />
      </RoleGate>
    </div>
  );
}
