/**
 * Starts a write after the event loop's current turn: every item of that turn (an HTTP server's
 * requests read in one poll of the sockets) joins it. PGlite runs a write synchronously inside its
 * promise, so "while one is in flight" alone gathered nothing over HTTP: 7,511 inserts for 7,517
 * executions at 10 connections, against about 5 per insert when each waits this turn (bench/RESULTS.md).
 */
export const afterThisTurn = (start: () => void) => void setImmediate(start);

/**
 * A write that takes one item at a time on the outside and many at a time inside: the first item's
 * write starts once `gather` says (after this turn of the event loop), taking every item that came
 * until then, and every item that arrives while a write is in flight waits for the next write, which
 * takes them all. Under load one query then serves many callers; alone, an item waits one turn.
 * When a write of several fails, each of them is tried alone, so one bad item fails only its own caller.
 * (Own code: DataLoader and the like batch per tick, not "while the previous batch is in flight".)
 */
export function coalesced<T>(
  write: (items: T[]) => Promise<void>,
  { gather = afterThisTurn }: { gather?: (start: () => void) => void } = {},
): (item: T) => Promise<void> {
  type Waiting = { item: T; resolve: () => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let busy = false;

  async function drain() {
    busy = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await write(batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0].reject(error);
        else for (const w of batch) await write([w.item]).then(w.resolve, w.reject);
      }
    }
    busy = false;
  }

  return (item) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (busy) return;
      busy = true;
      gather(() => void drain());
    });
}
