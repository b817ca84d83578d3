"use client";

import { useEffect, useRef } from "react";
import type { Draft } from "@/lib/playground/draft";

/** Tells the page the panel's whole input whenever it changes (compared by value, so renders alone do not). */
export function useDraftReport(onDraft: (draft: Draft) => void, draft: Draft) {
  const text = JSON.stringify(draft);
  const latest = useRef(onDraft);
  useEffect(() => {
    latest.current = onDraft;
  });
  useEffect(() => {
    latest.current(JSON.parse(text) as Draft);
  }, [text]);
}
