/**
 * Reference-counted sharing by key: deployments of the same GGUF (same path, context size and
 * threads) share one loaded model and context instead of holding the weights in memory twice.
 */
type Entry<T> = { refs: number; value: Promise<T>; destroy: (value: T) => Promise<void> };

export function createSharedResources<T>() {
  const entries = new Map<string, Entry<T>>();

  return {
    async acquire(key: string, create: () => Promise<T>, destroy: (value: T) => Promise<void>) {
      let entry = entries.get(key);
      if (!entry) {
        const created: Entry<T> = { refs: 0, value: create(), destroy };
        entries.set(key, created);
        // A failed load is forgotten so the next deployment retries instead of reusing the error.
        created.value.catch(() => entries.get(key) === created && entries.delete(key));
        entry = created;
      }
      entry.refs++;
      const held = entry;
      let value: T;
      try {
        value = await held.value;
      } catch (error) {
        held.refs--;
        throw error;
      }
      let released = false;
      return {
        value,
        async release() {
          if (released) return;
          released = true;
          if (--held.refs > 0) return;
          if (entries.get(key) === held) entries.delete(key);
          await held.destroy(value);
        },
      };
    },
    size: () => entries.size,
  };
}
