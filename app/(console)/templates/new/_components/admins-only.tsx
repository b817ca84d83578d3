"use client";

import Link from "next/link";
import { LockIcon } from "lucide-react";

import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import {
  Empty,
  EmptyContent,
  EmptyDescription,
  EmptyHeader,
  EmptyMedia,
  EmptyTitle,
} from "@/components/ui/empty";
import { hrefs } from "@/lib/hrefs";

/** What non-admins see instead of the form (EGP refuses their requests anyway). */
export function AdminsOnly() {
  const { role, currentAccount } = useConsole();
  return (
    <Empty className="min-h-80 flex-none border">
      <EmptyHeader>
        <EmptyMedia variant="icon">
          <LockIcon aria-hidden />
        </EmptyMedia>
        <EmptyTitle>Only admins can create templates</EmptyTitle>
        <EmptyDescription>
          For security, EGP lets only account admins create and change model templates. You are{" "}
          <strong>{role ?? "without a role"}</strong> in {currentAccount?.name ?? "this account"}. Ask an
          admin to add the template, or create a model from an existing one.
        </EmptyDescription>
      </EmptyHeader>
      <EmptyContent>
        <Button asChild variant="outline">
          <Link href={hrefs.templates()}>Browse templates</Link>
        </Button>
      </EmptyContent>
    </Empty>
  );
}
