/** A GitHub markdown table from a header row and data rows. */
export function table(header: string[], rows: (string | number)[][]) {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export const ms = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? "n/a" : `${Number(v).toFixed(v < 10 ? 2 : 1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (v: number, base: number) =>
  base > 0 && Number.isFinite(v) ? `${(v / base).toFixed(2)}×` : "n/a";
export const pass = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** Percentile of a sorted-or-not sample, nearest rank. */
export function percentile(values: number[], p: number) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
