"use client";

import { lazy, Suspense, type ReactNode } from "react";

import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { ListSection, type ListSectionProps } from "./list-section";
import type { ListResource } from "./remote-filter-notice";

// Only a remote EGP ignores list controls: the notice's code loads in remote mode alone.
const RemoteFilterNotice = lazy(() =>
  import("./remote-filter-notice").then((mod) => ({ default: mod.RemoteFilterNotice })),
);

type Row = { id: string };

/**
 * A console list page: its title row, then its list section. `children` go after the section (dialogs
 * the page opens, breadcrumbs, command-palette sources: things that render nothing in place).
 */
export function ListPage<T extends Row>({
  title,
  description,
  actions,
  label = title,
  remote,
  children,
  ...section
}: Omit<ListSectionProps<T>, "label" | "heading" | "notice"> & {
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  label?: string;
  /** The list's controls a remote EGP ignores are named above the table. */
  remote?: ListResource;
  children?: ReactNode;
}) {
  const { mode } = useConsole();
  const notice = remote && section.list && mode.kind === "remote" && (
    <Suspense>
      <RemoteFilterNotice resource={remote} state={section.list.state} />
    </Suspense>
  );
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <ListSection label={label} notice={notice} {...section} />
      {children}
    </>
  );
}
