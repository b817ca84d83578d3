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
 * Which crumbs a phone-wide header shows: the parent only (the page's own title names the current
 * page), after "…" when there are crumbs before it; a one-crumb trail as it is. Wider, all of them.
 */
export function phoneTrail(count: number): { shown: number | null; ellipsisTo: number | null } {
  if (count <= 1) return { shown: count === 1 ? 0 : null, ellipsisTo: null };
  return { shown: count - 2, ellipsisTo: count >= 3 ? count - 3 : null };
}

export function HeaderBreadcrumbs() {
  const pathname = usePathname();
  const override = useContext(BreadcrumbContext)?.items;
  const items = override ?? breadcrumbsFromPath(pathname);
  if (items.length === 0) return null;
  const phone = phoneTrail(items.length);
  const up = phone.ellipsisTo === null ? null : items[phone.ellipsisTo];
  return (
    <Breadcrumb className="min-w-0">
      <BreadcrumbList className="flex-nowrap gap-1.5 sm:gap-2.5">
        {up?.href && (
          <>
            <BreadcrumbItem className="shrink-0 sm:hidden">
              <Link href={up.href} aria-label={`Up to ${up.label}`} title={up.label} className="px-0.5">
                <span aria-hidden>…</span>
              </Link>
            </BreadcrumbItem>
            <BreadcrumbSeparator className="shrink-0 sm:hidden" />
          </>
        )}
        {items.map((item, index) => {
          const last = index === items.length - 1;
          const phoneHidden = index !== phone.shown && "hidden sm:inline-flex";
          return (
            <Fragment key={`${index}-${item.label}`}>
              {index > 0 && <BreadcrumbSeparator className="hidden shrink-0 sm:block" />}
              <BreadcrumbItem className={cn("min-w-0", phoneHidden)}>
                {last || !item.href ? (
                  <BreadcrumbPage className="truncate font-medium" title={item.label}>
                    {item.label}
                  </BreadcrumbPage>
                ) : (
                  <BreadcrumbLink asChild>
                    <Link href={item.href} title={item.label} className="truncate sm:max-w-48">
                      {item.label}
                    </Link>
                  </BreadcrumbLink>
                )}
              </BreadcrumbItem>
            </Fragment>
          );
        })}
      </BreadcrumbList>
    </Breadcrumb>
  );
}
