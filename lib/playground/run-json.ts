/**
 * A saved run's input and output cross to the store as JSON text: one string is cheap to pass between
 * threads, and the database parses it itself. PostgreSQL text and jsonb cannot hold U+0000, so a run keeps
 * U+FFFD in its place, in its JSON and in its text fields alike.
 */

/** A text field of a run (label, summary, error, …) with every U+0000 replaced. */
export const storableText = (text: string) => text.replaceAll("\u0000", "\uFFFD");

/** JSON writes U+0000 as the escape \u0000; one preceded by an even run of backslashes is that escape. */
const NUL_ESCAPE = /(?<!\\)((?:\\\\)*)\\u0000/g;

/** JSON text (as JSON.stringify writes it) with every U+0000 replaced; unchanged when it holds none. */
export function storableJsonText(text: string): string {
  return text.includes("\\u0000") ? text.replace(NUL_ESCAPE, "$1\\ufffd") : text;
}

/** A value as the JSON text a run stores. */
export function storableJson(value: unknown): string {
  return storableJsonText(JSON.stringify(value) ?? "null");
}
