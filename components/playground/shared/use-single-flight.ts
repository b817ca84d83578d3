"use client";

import { useCallback, useRef, useState } from "react";

/**
 * Wraps a run so it is pending from the click (the pre-send check included) and clicks while it
 * is pending do nothing. The ref answers at once, before React renders the disabled button.
 */
export function useSingleFlight(run: () => Promise<void>) {
  const latest = useRef(run);
  latest.current = run;
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const start = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    try {
      await latest.current();
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { start, pending };
}
