"use client";

import { lazy, Suspense, useState, type ComponentType } from "react";

type DialogProps = { open: boolean };

/**
 * A dialog whose code (Radix Dialog, react-hook-form, zod, …) is fetched the first time it opens,
 * so pages don't pay for it at first load. Once opened it stays mounted, keeping its close animation.
 */
export function lazyDialog<P extends DialogProps>(load: () => Promise<ComponentType<P>>) {
  const Dialog = lazy(() => load().then((component) => ({ default: component })));
  function LazyDialog(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    if (!opened) return null;
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
