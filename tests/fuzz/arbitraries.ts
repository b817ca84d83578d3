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

/** Request body text: mostly JSON (some huge), some broken JSON and non-JSON. */
export const bodyText: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: adversarialValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 2, arbitrary: pollutionText },
  {
    weight: 1,
    arbitrary: hugeString.map((s) => JSON.stringify({ name: s, texts: [s], query: s, prompt: s })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('{"name": "a"', "[", "{}}", "\u0000", "", "null", "[]", '"str"', "1"),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** A path segment: real-looking ids, junk, and things that break naive routers. */
export function pathSegment(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(known.length ? [fc.constantFrom(...known)] : []),
    oddString.filter((s) => s.length > 0),
    fc.uuid(),
    fc.constantFrom("%", "%E0%A4%A", "..", ".", "a%2Fb", "%00"),
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
  return value.startsWith("%") ? value : encodeURIComponent(value);
}

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
