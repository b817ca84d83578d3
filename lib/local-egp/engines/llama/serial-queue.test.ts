import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./serial-queue";

/** A promise the test settles itself: no timer decides when a task ends. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every queued promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("createSerialQueue", () => {
  it("runs tasks one at a time in call order and keeps going after a failure", async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const task =
      (name: string, until: Promise<void>, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await until;
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const [a, b, c] = [gate(), gate(), gate()];
    const results = Promise.allSettled([
      queue.run(task("a", a.opened)),
      queue.run(task("b", b.opened, true)),
      queue.run(task("c", c.opened)),
    ]);
    // b and c are released first: they still wait for a.
    b.open();
    c.open();
    await settle();
    expect(log).toEqual(["start a"]);
    a.open();
    const settled = await results;
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(settled.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    await queue.drain();
  });
});
