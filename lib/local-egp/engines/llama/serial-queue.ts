/**
 * Runs tasks one at a time in call order. A llama.cpp context holds one conversation state,
 * so concurrent requests to the same model wait their turn instead of corrupting it.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
    /** Resolves once every task queued so far has settled. */
    async drain(): Promise<void> {
      await tail;
    },
  };
}
