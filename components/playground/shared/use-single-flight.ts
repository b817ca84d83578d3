"use client";

import { useRef, useState } from "react";

/**
 * Wraps a run so it is pending from the click (the pre-send check included) and clicks while it
 * is pending do nothing. The ref answers at once, before React renders the disabled button.
 */
export function useSingleFlight(run: () => Promise<void>) {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    try {
      await run();
    } finally {
      busy.current = false;
      setPending(false);
    }
  };
  return { start, pending };
}
