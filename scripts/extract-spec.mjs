// Copies the operations the console serves beyond the models subset (lib/egp/openapi.json) out of EGP's
// full published spec, with every schema they reach, into lib/egp/openapi.fine-tuning.json:
//   node scripts/extract-spec.mjs ../shared/egp-openapi-2025-05.json && npm run gen:api
// The copy is committed, so generation never needs the full spec.
import { readFile, writeFile } from "node:fs/promises";

const source = process.argv[2];
if (!source) throw new Error("usage: node scripts/extract-spec.mjs <full EGP openapi.json>");
const full = JSON.parse(await readFile(source, "utf8"));
const root = new URL("../", import.meta.url);

/** The paths copied: fine-tuning (datasets and jobs), /v3 and /v4. */
const wanted = /^\/v[34]\/(training-datasets|fine-tuning-jobs)(\/|$)/;

const paths = Object.fromEntries(Object.entries(full.paths).filter(([path]) => wanted.test(path)));
const refsOf = (node, out) => {
  if (Array.isArray(node)) for (const v of node) refsOf(v, out);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.add(v.replace("#/components/schemas/", ""));
      else refsOf(v, out);
    }
  return out;
};
const names = refsOf(paths, new Set());
for (const name of names) refsOf(full.components.schemas[name], names); // a Set visits what is added
const schemas = Object.fromEntries(
  [...names].sort().map((name) => {
    if (!full.components.schemas[name]) throw new Error(`${name} is not in ${source}`);
    return [name, full.components.schemas[name]];
  }),
);
const doc = {
  openapi: full.openapi,
  info: {
    ...full.info,
    description: `The fine-tuning operations of EGP's published spec (${source.split("/").pop()}), copied by scripts/extract-spec.mjs with the schemas they use.`,
  },
  paths,
  components: { schemas },
};
await writeFile(new URL("lib/egp/openapi.fine-tuning.json", root), JSON.stringify(doc, null, 2) + "\n");
console.log(
  `wrote lib/egp/openapi.fine-tuning.json: ${Object.keys(paths).length} paths, ${names.size} schemas`,
);
