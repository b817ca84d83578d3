import fc from "fast-check";

/** Keys that would pollute prototypes if anything merged input into objects naively. */
export const POLLUTING_KEYS = ["__proto__", "constructor", "prototype"] as const;

const hugeString = fc.integer({ min: 10_000, max: 300_000 }).map((n) => "x".repeat(n));

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "NaN",
    "-1",
    "0",
    "1e309",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "😀",
    "' OR 1=1 --",
    // Lone surrogates: valid JS strings that PostgreSQL refuses.
    "\ud800",
    "a\udfffb",
    "\ude00\ud83d",
  ),
  fc.constantFrom(...POLLUTING_KEYS),
);

const wrongScalar = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
);

const key = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...POLLUTING_KEYS) },
  {
    weight: 3,
    // The names routes actually read, so wrong types reach real validation paths.
    arbitrary: fc.constantFrom(
      "name",
      "model_type",
      "account_id",
      "model_template_id",
      "model_creation_parameters",
      "vendor_configuration",
      "bundle_config",
      "texts",
      "query",
      "chunks",
      "prompt",
      "chat_history",
      "stream",
      "description",
      "deploymentId",
      "modelType",
      "request",
      "apiKey",
      "accountId",
    ),
  },
);

/** Adversarial JSON values: nesting, wrong types, prototype keys, odd strings. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    wrongScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 6 }),
  ),
})).value;

const pollutionText = fc
  .constantFrom(...POLLUTING_KEYS)
  .map((k) => `{"${k}": {"polluted": true, "prototype": {"polluted": true}}, "name": "p"}`);

/** Nested arrays or objects, 30 to 6,000 levels, as JSON text: around and far past every depth limit. */
const deepJson = fc
  .tuple(fc.integer({ min: 30, max: 6_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
  );

/** The free-form fields routes store, so deep values reach the per-field limits and not only the body's. */
const FREE_FORM = [
  "model_creation_parameters",
  "deployment_metadata",
  "base_model_metadata",
  "vendor_configuration",
  "chat_template_kwargs",
  "request",
];
const deepField = fc
  .tuple(fc.constantFrom(...FREE_FORM), deepJson)
  .map(([field, deep]) => `{"name":"deep","model_type":"COMPLETION","${field}":{"x":${deep}},"texts":["t"]}`);

/** Just over the 1 MB and 10 MB body limits (rare: each costs a few milliseconds to build and send). */
const oversized = fc
  .constantFrom(1.05, 1.05, 1.05, 10.05)
  .map((mb) => JSON.stringify({ name: "big", texts: ["x".repeat(Math.ceil(mb * 1024 * 1024))] }));

const malformedJson = fc.oneof(
  fc.constantFrom('{"name": "a"', "[", "{}}", "\u0000", "", "null", "[]", '"str"', "1"),
  fc.constantFrom(
    '{"a":}',
    "{'a': 1}",
    '{"a" 1}',
    "[1,]",
    '{"a": "\\x"}',
    '{"a": tru}',
    "\ufeff{}",
    '{"a":"\\ud800"}',
  ),
  adversarialValue.map((v) => (JSON.stringify(v) ?? "null").slice(0, -1)),
);

/** Request body text: mostly JSON (some huge or deep), some broken JSON and non-JSON. */
export const bodyText: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: adversarialValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 2, arbitrary: pollutionText },
  {
    weight: 1,
    arbitrary: hugeString.map((s) => JSON.stringify({ name: s, texts: [s], query: s, prompt: s })),
  },
  { weight: 2, arbitrary: fc.oneof(deepJson, deepField) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: malformedJson },
  { weight: 1, arbitrary: fc.constant(undefined) },
  // About one body in 200: enough to reach every 413 path without making the run slow.
  {
    weight: 1,
    arbitrary: fc.oneof({ weight: 1, arbitrary: oversized }, { weight: 9, arbitrary: pollutionText }),
  },
);

/** Mostly JSON, sometimes another type or none: the multipart and form types included. */
export const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      null,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=utf-8",
      "application/merge-patch+json",
      "application/jsonx",
      "",
    ),
  },
);

/**
 * FUZZ_REQUESTS is the total across the suites (default 5,000); each suite takes its share and
 * spreads it over its routes.
 */
export function runsPerRoute(share: number, routes: number): number {
  const total = Number(process.env.FUZZ_REQUESTS ?? 5_000);
  return Math.max(1, Math.ceil((total * share) / Math.max(routes, 1)));
}

/** A path segment: real-looking ids, junk, and things that break naive routers. */
export function pathSegment(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(known.length ? [fc.constantFrom(...known)] : []),
    oddString.filter((s) => s.length > 0),
    fc.uuid(),
    fc.constantFrom("%", "%E0%A4%A", "%zz", "%E0%A4", "%ED%A0%80", "..", ".", "a%2Fb", "%00", "%u0041"),
  );
}

/** A query string with repeated, odd and huge parameters. */
export const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          "page",
          "limit",
          "sort",
          "sort_by",
          "view",
          "q",
          "name",
          "model_type",
          "status",
          "origin",
        ),
        fc.constantFrom(...POLLUTING_KEYS),
        fc.string({ maxLength: 10 }),
      ),
      fc.oneof(
        oddString,
        fc.integer({ min: -5, max: 20_000 }).map(String),
        fc.constantFrom("name:asc", "x:y:z", "Deployments,ModelGroup", ",,,", "%", "%zz"),
        fc.integer({ min: 5_000, max: 50_000 }).map((n) => "q".repeat(n)),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${rawOrEncoded(v)}`).join("&"));

/** Leave some values unencoded so malformed percent-escapes reach the parsers. */
function rawOrEncoded(value: string) {
  return value.startsWith("%") ? value : encodePart(value);
}

/**
 * What arrives after a URL's decoding: a lone surrogate cannot be percent-encoded (its UTF-8 form,
 * e.g. %ED%A0%80, does not decode), so it reaches a route only as U+FFFD.
 */
export const wellFormed = (value: string) =>
  value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

export const encodePart = (value: string) => encodeURIComponent(wellFormed(value));

const initialPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** Throws when any fuzz input managed to add to Object.prototype. */
export function assertPrototypeClean() {
  const probe = {} as Record<string, unknown>;
  if (
    probe.polluted !== undefined ||
    Object.getOwnPropertyNames(Object.prototype).sort().join() !== initialPrototypeKeys.join()
  )
    throw new Error("Object.prototype was polluted");
}
