import "server-only";
import {
  and,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  lt,
  ne,
  notInArray,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { appendToLog } from "../db/log-insert";
import type { Db } from "../db/open";
import { playgroundPresets, playgroundRuns } from "../db/schema";
import { PruneSchedule } from "./prune-schedule";

/** A saved playground run as it crosses threads: times in epoch milliseconds. */
export type PlaygroundRunRecord = {
  id: string;
  accountId: string;
  userId: string;
  userLabel: string;
  modelType: string;
  modelId: string;
  deploymentId: string;
  label: string;
  input: Record<string, unknown>;
  output: unknown;
  ok: boolean;
  error: string | null;
  latencyMs: number;
  tokens: number | null;
  summary: string;
  createdAt: number;
};
/**
 * A run to save: its input and output as JSON text (U+0000 already replaced; lib/playground/run-json.ts),
 * so a long answer crosses threads as one string and the database parses it, with no copy of it as objects.
 */
export type NewPlaygroundRun = Omit<PlaygroundRunRecord, "input" | "output"> & {
  inputJson: string;
  outputJson: string | null;
};
/** What a history list shows: everything but the input and output. */
export type PlaygroundRunSummary = Omit<PlaygroundRunRecord, "input" | "output">;

export type PlaygroundRunQuery = {
  accountId: string;
  /** Only this user's runs; otherwise the whole account's. */
  userId?: string;
  /** Matched, case-insensitively, against the label, summary, user, error and the input's text. */
  q?: string;
  /** Runs older than this (epoch ms), for the next page. */
  before?: number;
  limit?: number;
};

export type PlaygroundPresetRecord = {
  id: string;
  accountId: string;
  userId: string;
  userLabel: string;
  name: string;
  modelType: string;
  input: Record<string, unknown>;
  shared: boolean;
  createdAt: number;
  updatedAt: number;
};
export type NewPlaygroundPreset = Omit<PlaygroundPresetRecord, "createdAt" | "updatedAt"> & { at: number };

/** Deleting something of the account: gone, never there (or another account's), or someone else's. */
export type OwnedDelete = "deleted" | "not-found" | "not-owner";

type RunRow = typeof playgroundRuns.$inferSelect;
const toRun = (row: RunRow): PlaygroundRunRecord => ({
  ...row,
  input: row.input as Record<string, unknown>,
  output: row.output ?? null,
  createdAt: row.createdAt.getTime(),
});
type PresetRow = typeof playgroundPresets.$inferSelect;
const toPreset = (row: PresetRow): PlaygroundPresetRecord => ({
  ...row,
  input: row.input as Record<string, unknown>,
  createdAt: row.createdAt.getTime(),
  updatedAt: row.updatedAt.getTime(),
});

type Owner = { accountId: string; userId: string };

/**
 * Saves runs with one insert, then prunes the users whose prune is due (`schedule`; by default every
 * save) to their newest PLAYGROUND_LIMITS.runsPerUser. The runs are saved once the insert is: a prune
 * that fails is logged and due again at the user's next save, and never fails the save.
 */
export async function savePlaygroundRuns(
  db: Db,
  runs: NewPlaygroundRun[],
  schedule = new PruneSchedule(1),
): Promise<void> {
  if (runs.length === 0) return;
  await appendToLog(
    db,
    playgroundRuns,
    runs.map(({ inputJson, outputJson, ...run }) => ({
      ...run,
      input: inputJson,
      output: outputJson,
      createdAt: new Date(run.createdAt),
    })),
  );
  const pruned: Owner[] = [];
  const failed: Owner[] = [];
  for (const owner of schedule.due(runs)) {
    try {
      await pruneRuns(db, owner);
      pruned.push(owner);
    } catch (error) {
      failed.push(owner);
      console.error(`[local-egp] older playground runs could not be pruned: ${errorText(error)}`);
    }
  }
  schedule.saved(runs, pruned, failed);
}

/** Keeps the user's newest PLAYGROUND_LIMITS.runsPerUser runs in the account. */
async function pruneRuns(db: Db, { accountId, userId }: Owner) {
  const owner = and(eq(playgroundRuns.accountId, accountId), eq(playgroundRuns.userId, userId));
  const kept = db
    .select({ id: playgroundRuns.id })
    .from(playgroundRuns)
    .where(owner)
    .orderBy(desc(playgroundRuns.createdAt), desc(playgroundRuns.id))
    .limit(PLAYGROUND_LIMITS.runsPerUser);
  await db.delete(playgroundRuns).where(and(owner, notInArray(playgroundRuns.id, kept)));
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One run of the account; another account's is as absent as one that never was. */
export async function getPlaygroundRun(
  db: Db,
  accountId: string,
  id: string,
): Promise<PlaygroundRunRecord | null> {
  const rows = await db
    .select()
    .from(playgroundRuns)
    .where(and(eq(playgroundRuns.id, id), eq(playgroundRuns.accountId, accountId)))
    .limit(1);
  return rows[0] ? toRun(rows[0]) : null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Newest first: the account's runs (or one user's), filtered by `q`. */
export async function listPlaygroundRuns(db: Db, query: PlaygroundRunQuery): Promise<PlaygroundRunSummary[]> {
  const where: SQL[] = [eq(playgroundRuns.accountId, query.accountId)];
  if (query.userId) where.push(eq(playgroundRuns.userId, query.userId));
  if (query.before !== undefined) where.push(lt(playgroundRuns.createdAt, new Date(query.before)));
  const q = query.q?.trim().slice(0, PLAYGROUND_LIMITS.search);
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(
      or(
        sql`${playgroundRuns.label} ilike ${pattern}`,
        sql`${playgroundRuns.summary} ilike ${pattern}`,
        sql`${playgroundRuns.userLabel} ilike ${pattern}`,
        sql`${playgroundRuns.deploymentId} ilike ${pattern}`,
        sql`coalesce(${playgroundRuns.error}, '') ilike ${pattern}`,
        sql`${playgroundRuns.input}::text ilike ${pattern}`,
      )!,
    );
  }
  const { input: _input, output: _output, ...summary } = getTableColumns(playgroundRuns);
  const rows = await db
    .select(summary)
    .from(playgroundRuns)
    .where(and(...where))
    .orderBy(desc(playgroundRuns.createdAt), desc(playgroundRuns.id))
    .limit(Math.min(query.limit ?? PLAYGROUND_LIMITS.page, PLAYGROUND_LIMITS.page));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.getTime() }));
}

/** Only the user who ran it deletes a run. */
export async function deletePlaygroundRun(
  db: Db,
  accountId: string,
  userId: string,
  id: string,
): Promise<OwnedDelete> {
  const run = await getPlaygroundRun(db, accountId, id);
  if (!run) return "not-found";
  if (run.userId !== userId) return "not-owner";
  await db.delete(playgroundRuns).where(eq(playgroundRuns.id, id));
  return "deleted";
}

/**
 * Saves a preset under its name (the same user, type and name replace the earlier one). null when the
 * user already has PLAYGROUND_LIMITS.presetsPerUser presets in the account and this is a new name.
 */
export async function savePlaygroundPreset(
  db: Db,
  preset: NewPlaygroundPreset,
): Promise<PlaygroundPresetRecord | null> {
  const { at, ...values } = preset;
  const owner = and(
    eq(playgroundPresets.accountId, preset.accountId),
    eq(playgroundPresets.userId, preset.userId),
  );
  const [{ n }] = await db
    .select({ n: count() })
    .from(playgroundPresets)
    .where(
      and(
        owner,
        or(ne(playgroundPresets.name, preset.name), ne(playgroundPresets.modelType, preset.modelType)),
      ),
    );
  if (n >= PLAYGROUND_LIMITS.presetsPerUser) return null;
  const rows = await db
    .insert(playgroundPresets)
    .values({ ...values, createdAt: new Date(at), updatedAt: new Date(at) })
    .onConflictDoUpdate({
      target: [
        playgroundPresets.accountId,
        playgroundPresets.userId,
        playgroundPresets.modelType,
        playgroundPresets.name,
      ],
      set: {
        input: values.input,
        shared: values.shared,
        userLabel: values.userLabel,
        updatedAt: new Date(at),
      },
    })
    .returning();
  return toPreset(rows[0]);
}

/** The user's presets and those others in the account share, newest change first. */
export async function listPlaygroundPresets(
  db: Db,
  accountId: string,
  userId: string,
  modelTypes?: string[],
): Promise<PlaygroundPresetRecord[]> {
  const rows = await db
    .select()
    .from(playgroundPresets)
    .where(
      and(
        eq(playgroundPresets.accountId, accountId),
        or(eq(playgroundPresets.userId, userId), eq(playgroundPresets.shared, true)),
        modelTypes?.length ? inArray(playgroundPresets.modelType, modelTypes) : undefined,
      ),
    )
    .orderBy(desc(playgroundPresets.updatedAt), desc(playgroundPresets.id))
    .limit(PLAYGROUND_LIMITS.presetsPerUser * 2);
  return rows.map(toPreset);
}

/** Only its owner deletes a preset; another's unshared one is as absent as a missing one. */
export async function deletePlaygroundPreset(
  db: Db,
  accountId: string,
  userId: string,
  id: string,
): Promise<OwnedDelete> {
  const rows = await db
    .select()
    .from(playgroundPresets)
    .where(and(eq(playgroundPresets.id, id), eq(playgroundPresets.accountId, accountId)))
    .limit(1);
  const row = rows[0];
  if (!row || (row.userId !== userId && !row.shared)) return "not-found";
  if (row.userId !== userId) return "not-owner";
  await db.delete(playgroundPresets).where(eq(playgroundPresets.id, id));
  return "deleted";
}
