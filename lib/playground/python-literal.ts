const INDENT = "    ";

/** Renders JSON-compatible data as a Python literal (True/False/None, 4-space indents). */
export function toPython(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "None";
  if (typeof value === "string") return JSON.stringify(value);
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => `${pad}${toPython(v, depth + 1)},`).join("\n")}\n${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${toPython(v, depth + 1)},`).join("\n")}\n${close}}`;
}

/** Keyword arguments for a call: `name=value` lines. */
export function pythonKwargs(args: Record<string, unknown>, depth = 1): string {
  const pad = INDENT.repeat(depth);
  return Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${pad}${k}=${toPython(v, depth)},`)
    .join("\n");
}
