"use client";

import { Fragment, createContext, useContext, useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "@/components/ui/breadcrumb";
import { cn } from "@/lib/utils";
import { NAV_ITEMS, USERS_NAV_ITEM } from "./nav-items";

export type BreadcrumbEntry = { label: string; href?: string };

type BreadcrumbState = {
  items: BreadcrumbEntry[] | null;
  setItems: (items: BreadcrumbEntry[] | null) => void;
};

const BreadcrumbContext = createContext<BreadcrumbState | null>(null);

export function BreadcrumbsProvider({ children }: { children: React.ReactNode }) {
  const [items, setItems] = useState<BreadcrumbEntry[] | null>(null);
  return <BreadcrumbContext.Provider value={{ items, setItems }}>{children}</BreadcrumbContext.Provider>;
}

/** A page renders this to replace the path-derived trail (e.g. a resource's name instead of its id). */
export function SetBreadcrumbs({ items }: { items: BreadcrumbEntry[] }) {
  const setItems = useContext(BreadcrumbContext)?.setItems;
  const key = JSON.stringify(items);
  useEffect(() => {
    setItems?.(JSON.parse(key) as BreadcrumbEntry[]);
    return () => setItems?.(null);
  }, [key, setItems]);
  return null;
}

export function breadcrumbsFromPath(pathname: string): BreadcrumbEntry[] {
  const segments = pathname.split("/").filter(Boolean);
  return segments.map((segment, index) => {
    const href = `/${segments.slice(0, index + 1).join("/")}`;
    const nav = [...NAV_ITEMS, USERS_NAV_ITEM].find((item) => item.href === href);
    const label = nav?.title ?? (segment === "new" ? "New" : decodeURIComponent(segment));
    return { label, href };
  });
}

/**
 * The one crumb a phone-wide header shows: the parent (the page's own title names the current page),
 * after a "…" when crumbs come before it; a one-crumb trail as it is.
 */
export const phoneCrumb = (count: number) => Math.max(count - 2, 0);

export function HeaderBreadcrumbs() {
  const pathname = usePathname();
  const override = useContext(BreadcrumbContext)?.items;
  const items = override ?? breadcrumbsFromPath(pathname);
  if (items.length === 0) return null;
  const shown = phoneCrumb(items.length);
  return (
    <Breadcrumb className="min-w-0">
      <BreadcrumbList className="flex-nowrap">
        {shown > 0 && <BreadcrumbSeparator className="sm:hidden">…</BreadcrumbSeparator>}
        {items.map((item, index) => (
          <Fragment key={`${index}-${item.label}`}>
            {index > 0 && <BreadcrumbSeparator className="max-sm:hidden" />}
            <BreadcrumbItem className={cn("min-w-0", index !== shown && "max-sm:hidden")}>
              {index === items.length - 1 || !item.href ? (
                <BreadcrumbPage className="truncate font-medium">{item.label}</BreadcrumbPage>
              ) : (
                <BreadcrumbLink asChild>
                  <Link href={item.href} className="truncate sm:max-w-48">
                    {item.label}
                  </Link>
                </BreadcrumbLink>
              )}
            </BreadcrumbItem>
          </Fragment>
        ))}
      </BreadcrumbList>
    </Breadcrumb>
  );
}
