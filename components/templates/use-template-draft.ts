"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { TemplateFormValues } from "@/lib/templates/form-values";
import { readDraft, removeDraft, writeDraft, type StoredDraft } from "@/lib/templates/draft-storage";

const SAVE_DELAY_MS = 600;

/**
 * A new template's draft in localStorage: `found` is a draft from an earlier visit (offer it back),
 * `save` stores the current values after a pause, `clear` forgets it once the template exists.
 */
export function useTemplateDraft(key: string) {
  const [found, setFound] = useState<StoredDraft | null>(null);
  const [decided, setDecided] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const draft = readDraft(key);
    // localStorage exists only in the browser; reading it while rendering would not match the server's HTML.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draft) setFound(draft);
    else setDecided(true);
  }, [key]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const save = useCallback(
    (values: TemplateFormValues, dirty: boolean) => {
      // Until the person answers the offer, typing must not overwrite the draft being offered.
      if (!decided) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => (dirty ? writeDraft(key, values) : removeDraft(key)), SAVE_DELAY_MS);
    },
    [key, decided],
  );

  const accept = useCallback(() => {
    setDecided(true);
    setFound(null);
  }, []);
  const discard = useCallback(() => {
    removeDraft(key);
    setDecided(true);
    setFound(null);
  }, [key]);
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    removeDraft(key);
  }, [key]);

  return { found, save, accept, discard, clear };
}
