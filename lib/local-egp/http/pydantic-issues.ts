import type { z } from "zod";
import type { ValidationIssue } from "../domain/errors";

/**
 * zod issues in the words FastAPI (pydantic 2) uses for the same failure: its `type` and `msg`, so a
 * client that reads 422s (or a person) sees what the real API would say. An absent field is always
 * `missing` / "Field required", whatever schema the field has.
 */

function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
      return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: current !== undefined, value: current };
}

const quoted = (values: readonly unknown[]) => {
  const parts = values.map((v) => (typeof v === "string" ? `'${v}'` : String(v)));
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}` : (parts[0] ?? "");
};

const TYPE_OF_EXPECTED: Record<string, [string, string]> = {
  string: ["string_type", "Input should be a valid string"],
  number: ["float_type", "Input should be a valid number"],
  int: ["int_type", "Input should be a valid integer"],
  boolean: ["bool_type", "Input should be a valid boolean"],
  array: ["list_type", "Input should be a valid list"],
  tuple: ["list_type", "Input should be a valid list"],
  object: ["model_attributes_type", "Input should be a valid dictionary or object to extract fields from"],
  record: ["dict_type", "Input should be a valid dictionary"],
  map: ["dict_type", "Input should be a valid dictionary"],
  null: ["none_required", "Input should be None"],
};

type Mapped = { type: string; msg: string };

function invalidType(issue: z.core.$ZodIssueInvalidType, value: unknown): Mapped {
  if (issue.expected === "int" && typeof value === "number")
    return {
      type: "int_from_float",
      msg: "Input should be a valid integer, got a number with a fractional part",
    };
  const [type, msg] = TYPE_OF_EXPECTED[issue.expected] ?? [`${issue.expected}_type`, issue.message];
  return { type, msg };
}

function sized(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): Mapped {
  const small = issue.code === "too_small";
  const limit = small
    ? (issue as z.core.$ZodIssueTooSmall).minimum
    : (issue as z.core.$ZodIssueTooBig).maximum;
  const n = Number(limit);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "string") {
    const chars = `${n} character${n === 1 ? "" : "s"}`;
    return small
      ? { type: "string_too_short", msg: `String should have at least ${chars}` }
      : { type: "string_too_long", msg: `String should have at most ${chars}` };
  }
  if (issue.origin === "array" || issue.origin === "set") {
    const count = Array.isArray(value) ? value.length : 0;
    const items = `${n} item${n === 1 ? "" : "s"} after validation, not ${count}`;
    return small
      ? { type: "too_short", msg: `List should have at least ${items}` }
      : { type: "too_long", msg: `List should have at most ${items}` };
  }
  if (small)
    return inclusive
      ? { type: "greater_than_equal", msg: `Input should be greater than or equal to ${n}` }
      : { type: "greater_than", msg: `Input should be greater than ${n}` };
  return inclusive
    ? { type: "less_than_equal", msg: `Input should be less than or equal to ${n}` }
    : { type: "less_than", msg: `Input should be less than ${n}` };
}

function mapped(issue: z.core.$ZodIssue, value: unknown): Mapped {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue, value);
    case "invalid_value":
      // One allowed value is a Literal in pydantic; several are an Enum (EGP's enums are str Enums).
      return issue.values.length === 1
        ? { type: "literal_error", msg: `Input should be ${quoted(issue.values)}` }
        : { type: "enum", msg: `Input should be ${quoted(issue.values)}` };
    case "too_small":
    case "too_big":
      return sized(issue, value);
    case "invalid_format":
      return { type: "string_pattern_mismatch", msg: issue.message };
    case "not_multiple_of":
      return { type: "multiple_of", msg: `Input should be a multiple of ${String(issue.divisor)}` };
    case "custom":
      return {
        type: typeof issue.params?.type === "string" ? issue.params.type : "value_error",
        msg: issue.message,
      };
    default:
      return { type: "value_error", msg: issue.message };
  }
}

/** The member of a failed union whose issues are fewest: the one the input was closest to. */
function closestMember(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | null {
  const members = issue.errors.filter((e) => e.length > 0);
  if (members.length === 0) return null;
  return members.reduce((best, e) => (e.length < best.length ? e : best));
}

const locPart = (p: PropertyKey) => (typeof p === "number" ? p : String(p));

export function pydanticIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  loc: (string | number)[],
  base: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    const at = [...loc, ...path.map(locPart)];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({ loc: [...at, key], msg: "Extra inputs are not permitted", type: "extra_forbidden" });
      continue;
    }
    const { present, value } = valueAt(input, path);
    if (!present && !(issue.code === "custom" && issue.params?.type)) {
      out.push({ loc: at, msg: "Field required", type: "missing" });
      continue;
    }
    if (issue.code === "invalid_union") {
      const member = closestMember(issue);
      if (member) {
        out.push(...pydanticIssues(member, input, loc, path));
        continue;
      }
    }
    out.push({ loc: at, ...mapped(issue, value) });
  }
  return out;
}
