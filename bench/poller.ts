/**
 * Requests per minute made by the deployment status poller (lib/polling.ts pollUntilFinal) in the
 * console's real situations, on a simulated clock: timers fire as React Query's do (one per
 * observer, re-armed after every answer) and a fetch already in flight is shared, as React Query
 * shares it. Prints a markdown table. Run: npx tsx bench/poller.ts
 */
import { pollUntilFinal } from "../lib/polling";

type Status = string;
type Query = { key: string; observers: number; statuses: (t: number) => Status[] };
type Scenario = { name: string; queries: Query[] };

const LATENCY_MS = 50;
const MINUTES = 4;

/** Deploying until `readyAt`, then READY. */
const deployingUntil = (readyAt: number) => (t: number) => (t < readyAt ? "UPDATE_IN_PROGRESS" : "READY");

function simulate({ queries }: Scenario): number[] {
  const perMinute = Array.from({ length: MINUTES }, () => 0);
  for (const query of queries) {
    const interval = pollUntilFinal<Status[]>((statuses) => statuses);
    const hash = `${query.key}-${Math.random()}`;
    // Every observer's timer; the first fetch happens on mount.
    let timers = Array.from({ length: query.observers }, () => 0);
    let inFlightUntil = -1;
    while (timers.length > 0) {
      const now = Math.min(...timers);
      if (now >= MINUTES * 60_000) break;
      timers = timers.filter((t) => t !== now);
      if (now < inFlightUntil) continue; // shared with the fetch already running
      perMinute[Math.floor(now / 60_000)]++;
      inFlightUntil = now + LATENCY_MS;
      const answeredAt = now + LATENCY_MS;
      const state = {
        status: "success" as const,
        data: query.statuses(answeredAt),
        dataUpdatedAt: answeredAt,
      };
      // After each answer every observer re-arms its own timer with the interval it computes.
      timers = [];
      for (let i = 0; i < query.observers; i++) {
        const next = interval({ queryHash: hash, state: state as never });
        if (next !== false) timers.push(answeredAt + next);
      }
    }
  }
  return perMinute;
}

const TWO_MINUTES = 120_000;
const scenarios: Scenario[] = [
  {
    name: "1 deployment deploying for 2 min (deployment page)",
    queries: [{ key: "d", observers: 1, statuses: (t) => [deployingUntil(TWO_MINUTES)(t)] }],
  },
  {
    name: "same deployment shown twice on one page (one query key)",
    queries: [{ key: "d", observers: 2, statuses: (t) => [deployingUntil(TWO_MINUTES)(t)] }],
  },
  {
    name: "10 deployments deploying on the model page (one list query)",
    queries: [
      {
        key: "list",
        observers: 1,
        statuses: (t) => Array.from({ length: 10 }, (_, i) => deployingUntil(TWO_MINUTES - i * 5_000)(t)),
      },
    ],
  },
  {
    name: "10 deployments as 10 separate detail queries",
    queries: Array.from({ length: 10 }, (_, i) => ({
      key: `d${i}`,
      observers: 1,
      statuses: (t: number) => [deployingUntil(TWO_MINUTES)(t)],
    })),
  },
  {
    name: "10 deployments, all already final",
    queries: [{ key: "list", observers: 1, statuses: () => Array.from({ length: 10 }, () => "READY") }],
  },
];

const header = `| Scenario | ${Array.from({ length: MINUTES }, (_, i) => `min ${i + 1}`).join(" | ")} | total |`;
console.log("### Deployment status poller: requests per minute (backoff 1 s → 10 s, READY after 2 min)\n");
console.log(header);
console.log(`|---|${Array.from({ length: MINUTES }, () => "---:").join("|")}|---:|`);
for (const scenario of scenarios) {
  const counts = simulate(scenario);
  console.log(`| ${scenario.name} | ${counts.join(" | ")} | ${counts.reduce((a, b) => a + b, 0)} |`);
}
console.log(
  "\nThe first request of each query is the page's own load; after READY (or UPDATE_FAILED) the poller makes none. " +
    "React Query also skips these timers while the tab is hidden (not simulated here).",
);
