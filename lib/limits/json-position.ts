/**
 * Where JSON.parse gave up, as FastAPI reports it (`loc: ["body", pos]`). V8's messages carry a
 * position only for some errors, so a small scanner finds it; it runs only after a parse failed.
 */
export function jsonErrorPosition(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const c of word) if (text[i++] !== c) return false;
    return true;
  };
  // Each stack entry is the container being filled: "[" or "{".
  const stack: string[] = [];
  for (;;) {
    ws();
    // A value.
    const c = text[i];
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      ws();
      if (text[i] === (c === "{" ? "}" : "]")) {
        stack.pop();
        i++;
      } else if (c === "{") {
        if (!key()) return i;
        continue;
      } else continue;
    } else if (c === '"') {
      const bad = string();
      if (bad !== null) return bad;
    } else if (c === "t" || c === "f" || c === "n") {
      const start = i;
      if (!literal(c === "t" ? "true" : c === "f" ? "false" : "null")) return start;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) return i;
      i += m[0].length;
    } else return i;
    // After a value: a separator, a closer, or the end.
    for (;;) {
      ws();
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? i : 0;
      if (text[i] === ",") {
        i++;
        if (top === "{" && !key()) return i;
        break;
      }
      if (text[i] === (top === "{" ? "}" : "]")) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }

  /** Scans a string; null when it is fine, else where it fails (its start when unterminated, as Python says). */
  function string(): number | null {
    const start = i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === "\\") {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return next === undefined ? start : i;
      } else if (ch < " ") return i;
      else i++;
    }
    return start;
  }

  function key(): boolean {
    ws();
    if (text[i] !== '"') return false;
    const bad = string();
    if (bad !== null) {
      i = bad;
      return false;
    }
    ws();
    if (text[i] !== ":") return false;
    i++;
    return true;
  }
}
