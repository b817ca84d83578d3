import type * as Transport from "@/lib/egp/transport";
import type { ResilienceOptions } from "@/lib/egp/transport";

/**
 * Time for the remote transport that moves only when the code under test sleeps or a test advances it:
 * backoffs and timeouts are checked exactly, without waiting. A test file injects it with
 *   vi.mock("@/lib/egp/transport", async (real) => (await import("./virtual-clock")).onVirtualClock(await real()));
 */
export function createVirtualClock() {
  let t = 0;
  let timers: { at: number; fire: () => void }[] = [];
  const sleeps: number[] = [];
  /** Upstream answers whose headers have arrived since the last reset (their bodies may still be coming). */
  const answered = { count: 0 };
  const advance = (ms: number) => {
    t += ms;
    const due = timers.filter((timer) => timer.at <= t);
    timers = timers.filter((timer) => timer.at > t);
    for (const timer of due) timer.fire();
  };
  const options: Required<Pick<ResilienceOptions, "now" | "sleep" | "setTimer">> = {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      advance(ms);
    },
    setTimer: (fire, ms) => {
      const timer = { at: t + ms, fire };
      timers.push(timer);
      return () => void (timers = timers.filter((other) => other !== timer));
    },
  };
  return {
    options,
    /** Every backoff the transport waited, in order, since the last reset (which also rewinds to 0). */
    sleeps,
    answered,
    now: options.now,
    advance,
    /** When each armed timer (a timeout not yet fired nor called off) is due. */
    armedAt: () => timers.map((timer) => timer.at),
    reset() {
      t = 0;
      sleeps.length = 0;
      timers = [];
      answered.count = 0;
    },
  };
}

/** One clock per test file (each file has its own module graph): the mock and the tests share it. */
export const clock = createVirtualClock();

/** The transport module with withResilience on `clock`, counting the answers that arrive. */
export function onVirtualClock(real: typeof Transport): typeof Transport {
  return {
    ...real,
    withResilience: (transport, options) =>
      real.withResilience(
        async (request) => {
          const response = await transport(request);
          clock.answered.count++;
          return response;
        },
        { ...options, ...clock.options },
      ),
  };
}
