"use client";

import { lazy, Suspense, useState, type ComponentType, type KeyboardEvent, type PointerEvent } from "react";

const OPEN_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/**
 * A dropdown menu whose code (Radix Menu, popper, focus scope…) is fetched on first use, so pages
 * don't pay for it at first load. Until then `Trigger` renders the closed button; pressing it (mouse,
 * touch or the keys Radix opens on) mounts the real menu with `defaultOpen`. Hover and focus start
 * the download early. `Trigger` must render what the menu renders as its trigger.
 */
export function lazyMenu<P extends object>(
  load: () => Promise<ComponentType<P & { defaultOpen?: boolean }>>,
  Trigger: ComponentType<NoInfer<P>>,
) {
  let loading: Promise<{ default: ComponentType<P & { defaultOpen?: boolean }> }> | null = null;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  const Menu = lazy(preload);

  function LazyMenu(props: P) {
    const [active, setActive] = useState(false);
    if (active)
      return (
        <Suspense fallback={<Trigger {...props} />}>
          <Menu {...props} defaultOpen />
        </Suspense>
      );
    return (
      <span
        className="contents"
        onPointerEnter={() => void preload()}
        onFocus={() => void preload()}
        onPointerDown={(event: PointerEvent) => {
          if (event.button === 0 && !event.ctrlKey) setActive(true);
        }}
        onKeyDown={(event: KeyboardEvent) => {
          if (!OPEN_KEYS.has(event.key)) return;
          event.preventDefault();
          setActive(true);
        }}
        // A click without a pointer (assistive tech, tests) opens it too.
        onClick={() => setActive(true)}
      >
        <Trigger {...props} />
      </span>
    );
  }
  return LazyMenu;
}
