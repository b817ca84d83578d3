/**
 * JSON for answers that repeat one object many times over: every model of a list carries its type's
 * request and response JSON Schemas (about 60% of a page's bytes), the same objects for every model of
 * that type. `shared(object)` stands for such an object inside a value; `jsonResponse` serialises the
 * object once and splices its text wherever it stands, so the bytes are JSON.stringify's.
 */
const MAX_SHARED = 64;
const texts: string[] = [];
const ids = new Map<object, number>();
/** A marker no answer can hold otherwise: PostgreSQL text and jsonb cannot store NUL. */
const TOKEN = "\u0000egp-shared:";
const SPLICE = /"\\u0000egp-shared:(\d+)"/g;

/** The marker for `value` (which must not change from now on), or `value` itself once the table is full. */
export function shared<T extends object>(value: T): T | string {
  let id = ids.get(value);
  if (id === undefined) {
    if (ids.size >= MAX_SHARED) return value;
    id = texts.push(JSON.stringify(value)) - 1;
    ids.set(value, id);
  }
  return `${TOKEN}${id}`;
}

export function stringify(value: unknown): string {
  return JSON.stringify(value).replace(SPLICE, (_m, id: string) => texts[Number(id)]);
}

/** What Response.json(value, { status }) answers, with shared objects serialised once. */
export function jsonResponse(value: unknown, status = 200): Response {
  return new Response(stringify(value), { status, headers: { "content-type": "application/json" } });
}
