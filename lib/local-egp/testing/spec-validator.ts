import Ajv2020 from "ajv/dist/2020";
import { egpSpec as spec } from "@/lib/egp/spec-document";

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: "spec", components: spec.components });

/** Errors of `value` against `#/components/schemas/<name>` of the OpenAPI spec (empty when valid). */
export function specErrors(name: string, value: unknown, opts: { array?: boolean } = {}): string[] {
  const ref = { $ref: `spec#/components/schemas/${name}` };
  const validate = ajv.compile(opts.array ? { type: "array", items: ref } : ref);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
  );
}
