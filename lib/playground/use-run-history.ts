"use client";

import { useCallback, useSyncExternalStore } from "react";
import { appendRun, clearHistory, historyKey, loadHistory, removeRun, type RunRecord } from "./history";

const listeners = new Set<() => void>();
const snapshots = new Map<string, { raw: string | null; runs: RunRecord[] }>();
const EMPTY: RunRecord[] = [];

function emit() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Other tabs of the same user see new runs too.
  const onStorage = (event: StorageEvent) =>
    event.key?.startsWith("egp-console:playground-history:") && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** Memoised on the raw string so useSyncExternalStore gets a stable snapshot. */
function snapshot(userId: string): RunRecord[] {
  const raw = window.localStorage.getItem(historyKey(userId));
  const cached = snapshots.get(userId);
  if (cached && cached.raw === raw) return cached.runs;
  const runs = loadHistory(window.localStorage, userId);
  snapshots.set(userId, { raw, runs });
  return runs;
}

/** The signed-in user's playground runs in this browser, newest first. */
export function useRunHistory(userId: string) {
  const runs = useSyncExternalStore(
    subscribe,
    () => snapshot(userId),
    () => EMPTY,
  );
  const add = useCallback(
    (record: RunRecord) => {
      appendRun(window.localStorage, userId, record);
      emit();
    },
    [userId],
  );
  const remove = useCallback(
    (id: string) => {
      removeRun(window.localStorage, userId, id);
      emit();
    },
    [userId],
  );
  const clear = useCallback(() => {
    clearHistory(window.localStorage, userId);
    emit();
  }, [userId]);
  return { runs, add, remove, clear };
}
