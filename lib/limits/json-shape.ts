import { formatBytes, type JsonLimits } from "./index";

export type JsonProblem = {
  /** Where, below the inspected value. */
  path: (string | number)[];
  type: "json_too_deep" | "json_too_large" | "json_too_many_keys" | "string_unicode";
  msg: string;
};

// Matches a high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const hasLoneSurrogate = (text: string) => LONE_SURROGATE.test(text);

// Frames point at their parent rather than copying paths, so a large array costs one object per item.
type Frame = { value: unknown; depth: number; key: string | number | null; parent: Frame | null };

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) path.unshift(f.key);
  return path;
}

/**
 * Checks a parsed JSON value against nesting, size and key-count limits, and for lone surrogates
 * (PostgreSQL refuses them). Iterative, so a value nested 100,000 deep cannot overflow the stack;
 * the size is the serialized length, counted without escapes.
 */
export function inspectJson(
  value: unknown,
  limits: Partial<JsonLimits> & { surrogates?: boolean },
): JsonProblem | null {
  const { depth: maxDepth = Infinity, bytes: maxBytes = Infinity, keys: maxKeys = Infinity } = limits;
  const checkText = limits.surrogates !== false;
  const stack: Frame[] = [{ value, depth: 0, key: null, parent: null }];
  let bytes = 0;
  let keys = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value: node, depth } = frame;
    if (typeof node === "string") {
      bytes += node.length + 2;
      if (checkText && hasLoneSurrogate(node))
        return {
          path: pathOf(frame),
          type: "string_unicode",
          msg: "Strings cannot contain lone surrogates (invalid UTF-16)",
        };
    } else if (node !== null && typeof node === "object") {
      if (depth >= maxDepth)
        return {
          path: pathOf(frame),
          type: "json_too_deep",
          msg: `JSON nesting deeper than ${maxDepth} levels`,
        };
      bytes += 2;
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--)
          stack.push({ value: node[i], depth: depth + 1, key: i, parent: frame });
        bytes += node.length;
      } else {
        const entries = Object.entries(node);
        keys += entries.length;
        if (keys > maxKeys)
          return {
            path: pathOf(frame),
            type: "json_too_many_keys",
            msg: `JSON objects with more than ${maxKeys} keys in all`,
          };
        for (const [key, child] of entries) {
          bytes += key.length + 4;
          if (checkText && hasLoneSurrogate(key))
            return {
              path: [...pathOf(frame), key],
              type: "string_unicode",
              msg: "Keys cannot contain lone surrogates (invalid UTF-16)",
            };
          stack.push({ value: child, depth: depth + 1, key, parent: frame });
        }
      }
    } else {
      bytes += String(node).length;
    }
    if (bytes > maxBytes)
      return { path: [], type: "json_too_large", msg: `JSON value larger than ${formatBytes(maxBytes)}` };
  }
  return null;
}

/**
 * The read-side check: the same limits as inspectJson without paths or text checks, in flat stacks,
 * since it runs on every stored body a list answers. Returns the broken limit's message, or null.
 */
export function jsonLimitBreached(value: unknown, limits: JsonLimits): string | null {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let bytes = 0;
  let keys = 0;
  while (values.length > 0) {
    const node = values.pop();
    const depth = depths.pop()!;
    if (typeof node === "string") bytes += node.length + 2;
    else if (node !== null && typeof node === "object") {
      if (depth >= limits.depth) return `JSON nesting deeper than ${limits.depth} levels`;
      bytes += 2;
      if (Array.isArray(node)) {
        for (const child of node) {
          values.push(child);
          depths.push(depth + 1);
        }
        bytes += node.length;
      } else {
        for (const key in node) {
          if (!Object.hasOwn(node, key)) continue;
          keys++;
          bytes += key.length + 4;
          values.push((node as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
        if (keys > limits.keys) return `JSON objects with more than ${limits.keys} keys in all`;
      }
    } else bytes += 8;
    if (bytes > limits.bytes) return `JSON value larger than ${formatBytes(limits.bytes)}`;
  }
  return null;
}
