"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const Impl = lazy(() => import("./list-empty").then((mod) => ({ default: mod.ListEmpty })));

/**
 * ListEmpty, loaded when first needed: the server renders it whole, and in the browser its HTML stays
 * until the code arrives (an empty list is the rarer case; list pages are near their first-load budget).
 */
export function LazyListEmpty(props: ComponentProps<typeof Impl>) {
  return (
    <Suspense>
      <Impl {...props} />
    </Suspense>
  );
}
