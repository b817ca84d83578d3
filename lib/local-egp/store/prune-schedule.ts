type Owner = { accountId: string; userId: string };
const ownerKey = (run: Owner) => JSON.stringify([run.accountId, run.userId]);

/**
 * When each user's runs are pruned to their newest PLAYGROUND_LIMITS.runsPerUser: at their first save in
 * this process, then with the save that brings their saves since the last prune to `every`. Between
 * prunes a user holds at most runsPerUser + every − 1 runs (per process that saves for them), the newest
 * runsPerUser always among them. A prune is a delete per user, ~3× the CPU of the insert it follows
 * (bench/README.md), so pruning on every save (`every` 1) made it most of a playground execution's
 * cost on the embedded server's thread. A prune that failed is due again at the user's next save.
 */
export class PruneSchedule {
  /** Saves of each user since their last prune in this process; bounded by the users who save. */
  private readonly since = new Map<string, number>();

  constructor(private readonly every: number) {}

  /** The owners of `runs` whose prune is due with this save. */
  due(runs: Owner[]): Owner[] {
    const added = addedBy(runs);
    return [...added].flatMap(([key, { owner, count }]) => {
      const since = this.since.get(key);
      return since === undefined || since + count >= this.every ? [owner] : [];
    });
  }

  /** After the save committed, with the owners it pruned and those whose prune failed (due again next save). */
  saved(runs: Owner[], pruned: Owner[], failed: Owner[] = []) {
    const prunedKeys = new Set(pruned.map(ownerKey));
    for (const [key, { count }] of addedBy(runs)) {
      this.since.set(key, prunedKeys.has(key) ? 0 : (this.since.get(key) ?? 0) + count);
    }
    for (const owner of failed) this.since.delete(ownerKey(owner));
  }
}

function addedBy(runs: Owner[]) {
  const added = new Map<string, { owner: Owner; count: number }>();
  for (const run of runs) {
    const key = ownerKey(run);
    const entry = added.get(key);
    if (entry) entry.count++;
    else added.set(key, { owner: { accountId: run.accountId, userId: run.userId }, count: 1 });
  }
  return added;
}
