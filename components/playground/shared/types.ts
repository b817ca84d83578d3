import type { Deployment, Model } from "@/lib/egp/types";
import type { Draft } from "@/lib/playground/draft";
import type { RunRecord } from "@/lib/playground/history";

/** A READY deployment and the model it serves: what a playground run targets. */
export type PlaygroundTarget = { model: Model; deployment: Deployment };

/** What every per-type panel receives from the playground page. */
export type PanelProps = {
  target: PlaygroundTarget;
  /** A second deployment of the same type to run side by side, when chosen. */
  compare: PlaygroundTarget | null;
  /** A past run to reopen: its request fills the inputs (and its response the results, when kept). */
  restored: RunRecord | null;
  /** Saves a finished run to this user's history. */
  onRecord: (record: RunRecord) => void;
  /** An input to start from (a link's, a preset's), already of this panel's model type; wins over `restored`. */
  draft: Draft | null;
  /** The panel's whole input as it changes, for the URL and presets. */
  onDraft: (draft: Draft) => void;
  /** A short, non-secret input kept in the URL so a link reproduces it (the rerank query). */
  urlText: string | null;
  setUrlText: (value: string) => void;
};

export function targetLabel(target: PlaygroundTarget): string {
  return target.model.display_name || target.model.name;
}
